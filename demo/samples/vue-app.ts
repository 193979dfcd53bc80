// odw in a Vue 3 app: import the element once (it defines <odw-table>), then render it like any tag.
// Vue sets a prop as a property when the element has one: use the property names (datasetId, pageSize);
// Vue would drop `dataset`, which collides with HTMLElement's own `dataset`. Listeners: onOdwLoad hears
// `odw-load`. With templates, tell the compiler the tag is a custom element:
//   compilerOptions: { isCustomElement: (tag) => tag.startsWith('odw-') }
import '@odw/widgets/table/odw-table.js';
import type { OdwErrorDetail, OdwLoadDetail } from '@odw/widgets';
import { createApp, defineComponent, h, ref } from 'vue';

const PORTAL = document.documentElement.dataset.portal!;

const App = defineComponent({
  setup() {
    const pageSize = ref(5);
    const status = ref('');
    return () => [
      h('label', [
        'Zeilen pro Seite ',
        h(
          'select',
          {
            value: pageSize.value,
            onChange: (event: Event) => (pageSize.value = Number((event.target as HTMLSelectElement).value)),
          },
          [5, 10, 20].map((n) => h('option', { value: n }, String(n))),
        ),
      ]),
      h('odw-table', {
        portal: PORTAL,
        datasetId: 'fussgaenger-steinstrasse-juni-2022',
        pageSize: pageSize.value,
        onOdwLoad: (event: CustomEvent<OdwLoadDetail>) =>
          (status.value = `${event.detail.total} Zeilen im Portal`),
        onOdwError: (event: CustomEvent<OdwErrorDetail>) =>
          (status.value = `Fehler: ${event.detail.error.message}`),
      }),
      h('p', { role: 'status' }, status.value),
    ];
  },
});

createApp(App).mount('#app');
