// odw in a React 19 app: import the element once (it defines <odw-table>), then use it like any tag.
// Props: React 19 sets a prop as a property when the element has one. Use the property names
// (datasetId, pageSize): the attribute name `dataset` collides with HTMLElement's own `dataset`.
import '@odw/widgets/table/odw-table.js';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const PORTAL = document.documentElement.dataset.portal!;

function App() {
  const [pageSize, setPageSize] = useState(5);
  const [status, setStatus] = useState('');
  return (
    <>
      <label>
        Zeilen pro Seite{' '}
        <select value={pageSize} onChange={(event) => setPageSize(Number(event.target.value))}>
          {[5, 10, 20].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <odw-table
        portal={PORTAL}
        datasetId="fussgaenger-steinstrasse-juni-2022"
        pageSize={pageSize}
        onodw-load={(event) => setStatus(`${event.detail.total} Zeilen im Portal`)}
        onodw-error={(event) => setStatus(`Fehler: ${event.detail.error.message}`)}
      />
      <p role="status">{status}</p>
    </>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
