/** Names and ids of the hostile dataset, for tests that load it. */
export const HOSTILE_DATASET = Object.freeze({
  /** The organization that holds only test data: filter it out with `fq=-organization:odw-test`. */
  organization: 'odw-test',
  group: 'odw-test-gruppe',
  /** The dataset's name (slug). */
  dataset: 'odw-feindliche-daten',
  /** The DataStore table: one row per corpus string, column names drawn from the corpus. */
  tableResourceId: 'cd1e88a2-d5fa-4b84-af19-89b62bb5e6ed',
  /** GeoJSON points whose property names and values are drawn from the corpus (also in the DataStore). */
  geojsonResourceId: '122bb855-7fb1-45ee-8358-504c81c13bd7',
});
