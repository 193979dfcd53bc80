import { requiredString } from '../validators.js';
import type { ActionContext } from '../action-context.js';

/** One-line docstrings, returned by `help_show` and (in the `dkan` fault) as `help`. */
const HELP: Record<string, string> = {
  status_show: "Return a dictionary with information about the site's configuration.",
  package_search: 'Searches for packages satisfying a given search criteria.',
  package_show: 'Return the metadata of a dataset (package) and its resources.',
  package_list: "Return a list of the names of the site's datasets (packages).",
  current_package_list_with_resources: "Return a list of the site's datasets (packages) and their resources.",
  organization_list: "Return a list of the names of the site's organizations.",
  organization_show: 'Return the details of an organization.',
  group_list: "Return a list of the names of the site's groups.",
  group_show: 'Return the details of a group.',
  tag_list: "Return a list of the site's tags.",
  license_list: 'Return the list of licenses available for datasets on the site.',
  resource_show: 'Return the metadata of a resource.',
  datastore_search:
    'Search a datastore table. :param resource_id: id or alias of the data that is going to be selected.',
  datastore_info: 'Returns information about the data imported, such as column names and types.',
  datastore_search_sql: 'Execute SQL queries on the DataStore.',
  help_show: 'Return the help string for a particular API action.',
};

/** The docstring of an action. */
export function actionHelp(action: string): string {
  return HELP[action] ?? '';
}

/** `help_show`. */
export function helpShow({ params }: ActionContext) {
  return actionHelp(requiredString(params, 'name'));
}
