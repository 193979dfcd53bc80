import type { Action } from '../action-context.js';
import { datastoreInfo } from './datastore-info.js';
import { datastoreSearch } from './datastore-search.js';
import { datastoreSearchSql } from './datastore-search-sql.js';
import { groupList, groupShow } from './groups.js';
import { helpShow } from './help.js';
import { packageSearch } from './package-search.js';
import {
  currentPackageList,
  licenseList,
  packageList,
  packageShow,
  resourceShow,
  tagList,
} from './packages.js';
import { statusShow } from './status.js';

/** The CKAN actions the portal answers, by name. */
export const ACTIONS: ReadonlyMap<string, Action> = new Map<string, Action>([
  ['status_show', statusShow],
  ['help_show', helpShow],
  ['package_search', packageSearch],
  ['package_show', packageShow],
  ['package_list', packageList],
  ['current_package_list_with_resources', currentPackageList],
  ['organization_list', groupList('organization')],
  ['organization_show', groupShow('organization')],
  ['group_list', groupList('group')],
  ['group_show', groupShow('group')],
  ['tag_list', tagList],
  ['license_list', licenseList],
  ['resource_show', resourceShow],
  ['datastore_search', datastoreSearch],
  ['datastore_info', datastoreInfo],
  ['datastore_search_sql', datastoreSearchSql],
]);
