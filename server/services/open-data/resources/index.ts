// Every resource of the data package, in the order the descriptor lists them.
import { actionsResource } from "./actions";
import { countriesResource } from "./countries";
import { documentsResource, documentUnitsResource } from "./documents";
import { measureSourcesResource, measuresResource } from "./measures";
import { recordResources } from "./records";
import { statusesResource } from "./statuses";

export const DATASET_RESOURCES = [
  countriesResource,
  statusesResource,
  measuresResource,
  measureSourcesResource,
  ...recordResources,
  actionsResource,
  documentsResource,
  documentUnitsResource,
];
