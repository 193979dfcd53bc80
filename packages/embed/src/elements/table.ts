// CDN chunk for <odw-table>: loaded by the autoloader the first time the tag appears.
import '@odw/widgets/table/odw-table.js';
