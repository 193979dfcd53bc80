// JSX types for odw elements in React 19 (copy this into your app). React 19 sets a prop as a property
// when the element has one, else as an attribute; so use the property names (datasetId, pageSize).
import type { OdwErrorDetail, OdwLoadDetail, OdwTable } from '@odw/widgets';

type OdwTableProps = Partial<Pick<OdwTable, 'portal' | 'datasetId' | 'resource' | 'pageSize' | 'caption'>> & {
  lang?: string;
  class?: string;
  'onodw-load'?: (event: CustomEvent<OdwLoadDetail>) => void;
  'onodw-error'?: (event: CustomEvent<OdwErrorDetail>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'odw-table': OdwTableProps;
    }
  }
}
