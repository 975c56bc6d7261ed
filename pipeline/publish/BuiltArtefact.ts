/**
 * Something a run built aside and publishes at the end: the warehouse file (capdo.duckdb.building →
 * capdo.duckdb), and later the exports and the site folders. `built` and `final` are absolute paths
 * in the same folder tree (a rename, never a copy); either a file or a directory.
 */
export interface BuiltArtefact {
  built: string;
  final: string;
}
