import type { Recogniser } from "../context.js";
import { acronym } from "./acronym.js";
import { country } from "./country.js";
import { cuedPlace } from "./cued-place.js";
import { institution } from "./institution.js";
import { knownOrganization } from "./known-organization.js";
import { knownPlace } from "./known-place.js";
import { nameRun } from "./name-run.js";
import { officeTitledPerson, titledPerson } from "./person-with-title.js";

/**
 * The recognisers in the order the scan tries them at a word: first what the gazetteer knows
 * (one of these five reads any known entry), then the shapes of unknown names, from the
 * narrowest cue to the bare capitalised run.
 */
export const RECOGNISERS: readonly Recogniser[] = [
  titledPerson,
  institution,
  country,
  knownOrganization,
  knownPlace,
  acronym,
  cuedPlace,
  officeTitledPerson,
  nameRun,
];
