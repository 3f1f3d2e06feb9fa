// The little of two untyped packages the open-data tests use.
declare module 'datapackage' {
  export interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path?: string; format?: string };
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
    rawRead(): Promise<Uint8Array>;
  }
  export class Package {
    static load(descriptor: object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    getResource(name: string): Resource | null;
  }
}

declare module 'jsonld' {
  type Loader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
  const jsonld: {
    expand(input: object, options?: { documentLoader?: Loader; safe?: boolean }): Promise<Record<string, unknown>[]>;
  };
  export default jsonld;
}
