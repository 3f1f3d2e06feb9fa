// Choosing the clients' file: a labelled file input, and a drop zone that is also a button opening the same picker,
// so both work from the keyboard. The file is handed on as it is; nothing here reads or sends it.
import { useRef, useState } from 'preact/hooks';
import { DROP_ZONE_TEXT, LOCAL_ONLY_NOTE, UPLOAD_LABEL } from '../../lib/wording/batch-upload.ts';

interface Props {
  onFile: (file: File) => void;
  busy: boolean;
}

export function Upload({ onFile, busy }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  return (
    <div class="upload">
      <label for="batch-file">{UPLOAD_LABEL}</label>
      <input
        id="batch-file"
        ref={input}
        type="file"
        accept=".csv,.json,text/csv,application/json"
        aria-describedby="batch-file-note"
        disabled={busy}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = ''; // the same file chosen again is checked again
        }}
      />
      <button
        type="button"
        class={`drop-zone${over ? ' over' : ''}`}
        disabled={busy}
        aria-describedby="batch-file-note"
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          take(e.dataTransfer?.files);
        }}
      >
        {DROP_ZONE_TEXT}
      </button>
      <p id="batch-file-note" class="note">
        {LOCAL_ONLY_NOTE}
      </p>
    </div>
  );
}
