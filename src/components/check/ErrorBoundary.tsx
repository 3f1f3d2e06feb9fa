// Catches a crash of what it wraps (in rendering or in an effect) and shows `fallback` instead, so the page is never
// left blank or stuck on a loading message. `onError` hears of the crash first (to mark the state that caused it).
import { Component, type ComponentChildren, type VNode } from 'preact';

/** What was thrown, as an Error (a thrown value need not be one, nor even convert to a string). */
const asError = (thrown: unknown): Error =>
  thrown instanceof Error ? thrown : new Error('a value that is no Error was thrown');

interface Props {
  children: ComponentChildren;
  fallback: (error: Error) => VNode;
  onError?: (error: Error) => void;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: asError(error) };
  }

  override componentDidCatch(error: unknown) {
    // Reported to the console as any uncaught error would be, for whoever looks into it.
    console.error(error);
    this.props.onError?.(asError(error));
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
