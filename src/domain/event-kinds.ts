/**
 * The kinds of event, one entry each: the words that report it (the CAMEO verb lexicon) with its
 * CAMEO code, the roles of its participants, whether it is speech, the nouns that refer back to
 * it or name the occasion of a statement, and how two reports of it merge. Adding a kind is
 * adding an entry. Order matters: earlier, more specific triggers win over later ones found at
 * the same place.
 */
import type { ParticipantRole } from "./types.js";

export type EventFamily = "consult" | "statement" | "interview" | "conflict" | "aid" | "other";

export interface TriggerPattern {
  readonly pattern: RegExp;
  /** The CAMEO code of what this pattern reports, when it is not the kind's. */
  readonly cameo?: string;
  /** A noun that, with a definite determiner and no participants, refers back to an earlier event. */
  readonly anaphoric?: boolean;
}

export interface ParticipantRoles {
  /** Who does it: the subject of its verb. */
  readonly subject: ParticipantRole;
  /** Who it is done to or with: the object of its verb. */
  readonly object: ParticipantRole;
}

/** How reports of one happening of the kind are told apart or joined, beyond the common rule. */
export interface MergePolicy {
  /** A later "the call", "the meeting" with one party or none is this consultation told again. */
  readonly takesConsultReferences?: boolean;
  /** A vote spans its constituency: the towns a report names do not tell two elections apart. */
  readonly spansPlaces?: boolean;
  /**
   * Told participant by participant: "Choque won the runoff", "Choque won 53% against Tellez"
   * are one election when one report's participants are all in the other.
   */
  readonly joinsOnSubset?: boolean;
  /** The kinds it tells more precisely: a statement that is also a briefing is the briefing. */
  readonly refines?: readonly string[];
}

export interface EventKind {
  /** Our readable type: "call", "meeting", "statement", "attack", … */
  readonly type: string;
  /** CAMEO code: the two-digit root ("04") or a finer code ("041"); none for what CAMEO leaves out. */
  readonly cameo: string | null;
  readonly family: EventFamily;
  readonly roles: ParticipantRoles;
  readonly triggers: readonly TriggerPattern[];
  /** A statement or a briefing: speech, whatever the report calls it. */
  readonly speech?: boolean;
  /**
   * Nouns that name it first in "The deal was signed in Bogota by…": a clause opening on such a
   * definite noun phrase goes on telling the latest happening of the kind.
   */
  readonly referredToAs?: readonly string[];
  /** Nouns that name another kind first but may mean this one: "the attack" may be an airstrike. */
  readonly alsoMeantBy?: readonly string[];
  /** Nouns for it as the occasion of a statement: "told reporters after the call". */
  readonly occasionNouns?: readonly string[];
  /** Of the consultations one clause tells, the lowest rank is the happening: a visit holds its meetings. */
  readonly consultRank?: number;
  /** Said in a consultation or an interview the clause tells, it is part of that. */
  readonly saidInConsultation?: boolean;
  /** Kinds that, told in the same clause, it is part of: "agreed to a truce" is the truce. */
  readonly partOf?: readonly string[];
  /** With no subject found, the person its clause names made it: "… on Rubio's first trip abroad". */
  readonly doneByPersonOfClause?: boolean;
  readonly merge?: MergePolicy;
}

const ACTS_ON: ParticipantRoles = { subject: "initiator", object: "target" };
const CONSULTS: ParticipantRoles = { subject: "initiator", object: "counterpart" };

/** "X said …": no trigger of its own, a speech verb with its speaker or a quote makes it. */
export const STATEMENT_KIND: EventKind = {
  type: "statement",
  cameo: "010",
  family: "statement",
  roles: { subject: "speaker", object: "counterpart" },
  triggers: [],
  speech: true,
  occasionNouns: ["statement", "briefing", "conference"],
};

export const EVENT_KINDS: readonly EventKind[] = [
  {
    type: "call",
    cameo: "041",
    family: "consult",
    roles: CONSULTS,
    triggers: [
      {
        pattern:
          /\b(?:tele)?phone(?:d)?(?: call| conversation)?s?\b|\bspoke\b(?:\s+[\w'’-]+){0,5}?\s+by (?:tele)?phone\b|\b(?:latest|first|second|last|this|the|a|their|his|her) call\b(?!\s+(?:for|on|to)\b)/gi,
        anaphoric: true,
      },
    ],
    consultRank: 1,
    occasionNouns: ["call", "conversation", "talks"],
    merge: { takesConsultReferences: true },
  },
  {
    type: "visit",
    cameo: "042",
    family: "consult",
    roles: CONSULTS,
    triggers: [
      // "banned from travelling to the EU" is no visit.
      {
        pattern:
          /(?<!\bfrom )\b(?:visit(?:ed|s|ing)?|trips?|travel(?:l?ed|s|ling|ing)? to|arrived in|landed in|flew (?:home |back )?to|tour(?:ed)?)\b/gi,
      },
    ],
    consultRank: 0,
    occasionNouns: ["visit"],
    doneByPersonOfClause: true,
  },
  {
    type: "meeting",
    cameo: "043",
    family: "consult",
    roles: CONSULTS,
    triggers: [{ pattern: /\bmet\b|\bmeetings?\b|\bconvened\b|\bsummit\b|\bhosted\b/gi, anaphoric: true }],
    consultRank: 2,
    occasionNouns: ["meeting", "talks", "summit"],
    merge: { takesConsultReferences: true },
  },
  {
    type: "discussion",
    cameo: "040",
    family: "consult",
    roles: CONSULTS,
    triggers: [
      {
        pattern:
          /\bdiscussions?\b|\bdiscussed\b|\bconversations?\b|\btalks\b|\bdialogue\b|\bconsult(?:ed|ations)\b|\bspoke (?:with|to)\b|\bengaged in discussion\b/gi,
        anaphoric: true,
      },
    ],
    consultRank: 5,
    occasionNouns: ["conversation", "meeting", "talks"],
    merge: { takesConsultReferences: true },
  },
  {
    type: "negotiation",
    cameo: "046",
    family: "consult",
    roles: CONSULTS,
    triggers: [{ pattern: /\bnegotiat(?:ions?|ed|ing)\b/gi }],
    consultRank: 3,
    occasionNouns: ["talks"],
    merge: { takesConsultReferences: true },
  },
  {
    type: "mediation",
    cameo: "045",
    family: "consult",
    roles: CONSULTS,
    triggers: [{ pattern: /\bmediat(?:ed|ion|ing)\b|\bbrokered\b/gi }],
    consultRank: 4,
    merge: { takesConsultReferences: true },
  },
  {
    type: "interview",
    cameo: "010",
    family: "interview",
    roles: CONSULTS,
    triggers: [{ pattern: /\binterviews?\b/gi }],
  },
  STATEMENT_KIND,
  {
    type: "briefing",
    cameo: "010",
    family: "statement",
    roles: ACTS_ON,
    triggers: [{ pattern: /\b(?:press|news) (?:briefing|conference)\b/gi }],
    speech: true,
    occasionNouns: ["briefing", "conference"],
    saidInConsultation: true,
    merge: { refines: ["statement"] },
  },
  {
    type: "truce",
    cameo: "0871",
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\b(?:agreed|declared|announced|reached|facilitated|brokered|implemented)\b[^,;.]{0,30}\b(?:ceasefire|cease-fire|truce|cessation of hostilities)\b/gi,
      },
    ],
  },
  {
    type: "release",
    cameo: "0841",
    family: "other",
    roles: ACTS_ON,
    triggers: [
      // Freed people: "released two health workers", "freed 12 fishermen", "the release of the hostages".
      {
        pattern:
          /\b(?:released|freed|release of|liberation of)\b(?:\s+[\p{L}\d-]+){0,3}?\s+(?:(?:hostage|prisoner|captive|detainee|worker|national|citizen|journalist|reporter|photographer|filmmaker|soldier|civilian|sailor|crew member|student|activist|tourist|employee|missionary|doctor|nurse|inmate|political prisoner|opposition leader|dissident)s?|fishermen|children|women|men|crew|staff|people)\b|\b(?:released|freed) from (?:prison|jail|detention|custody|captivity)\b|\b(?:was|were|been|being) (?:released|freed|pardoned)\b|\bpardoned\b/giu,
      },
      // "the release earlier this month of Liam Hartigan": of a named person. Case-sensitive, as an
      // /i flag would let \p{Lu} match any letter.
      { pattern: /\b[Rr]elease\b(?:\s+[\w-]+){0,3}?\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}/gu },
    ],
    referredToAs: ["release", "handover"],
  },
  {
    type: "abduction",
    cameo: "181",
    family: "conflict",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\babduct(?:ed|ion|s)?\b|\bkidnapp?(?:ed|ing|s)?\b|\btaken hostage\b|\bseized as hostages?\b/gi,
      },
    ],
    referredToAs: ["abduction", "kidnapping"],
    alsoMeantBy: ["incident"],
  },
  {
    type: "appeal",
    cameo: "020",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bcalled (?:for|on)\b|\burg(?:ed|es|ing)\b|\bappeal(?:ed|s)?\b|\brequested\b/gi }],
    saidInConsultation: true,
  },
  {
    type: "warning",
    cameo: "130",
    family: "other",
    roles: ACTS_ON,
    triggers: [
      // "warned that four million people face hunger" is a grim forecast (CAMEO 012), not a threat.
      { pattern: /\b(?:warn(?:ed|s|ing)?|cautioned)(?= that\b)/gi, cameo: "012" },
      { pattern: /\bwarn(?:ed|s|ing)?\b(?! that\b)|\bcautioned\b(?! that\b)/gi },
    ],
    saidInConsultation: true,
  },
  {
    type: "rejection",
    cameo: "120",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\brejected\b|\bruled out\b|\brefused\b|\bturned down\b/gi }],
    saidInConsultation: true,
  },
  {
    type: "agreement",
    cameo: "057",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bsigned\b|\bagreement\b|\baccord\b/gi }],
    referredToAs: ["deal", "pact", "accord", "agreement", "treaty"],
    occasionNouns: ["ceremony", "signing"],
  },
  {
    type: "pledge",
    cameo: "030",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bagreed(?: \w+){0,3}? to\b|\bpledged\b|\bpromised\b|\bvowed\b/gi }],
    saidInConsultation: true,
    partOf: ["truce", "agreement"],
  },
  {
    type: "withdrawal",
    cameo: "160",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bwithdr(?:ew|awn|awal|aws|awing|aw) from\b|\bpulled out of\b|\bquit the\b/gi }],
  },
  {
    type: "easing",
    cameo: "081",
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|remov(?:ed|es|ing)|suspend(?:ed|s|ing)?)\b(?:\s+[\w-]+){0,6}?\s+(?:sanctions|restrictions|border closures|embargo|curfew)\b/gi,
      },
    ],
  },
  {
    type: "closure",
    cameo: "172",
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\bclos(?:ed|es|ing)\b(?:\s+[\w-]+){0,3}?\s+(?:border|borders|crossings?|border crossings?|airspace|embassy|consulate|ports?)\b/gi,
      },
    ],
  },
  {
    type: "cooperation",
    cameo: "060",
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        // "has provided the coast guard with patrol vessels", "supplied air defence systems".
        pattern:
          /\bprovided\b(?=(?:\s+[\w-]+){1,6}?\s+with\s+(?:[\w-]+\s+){0,2}(?:vessels|ships|boats|aircraft|planes|helicopters|weapons|arms|equipment|systems|training|loans|funding)\b)|\b(?:supplied|delivered)\s+(?:[\w-]+\s+){0,3}(?:weapons|arms|ammunition|missiles|tanks|air defen[cs]e systems|fighter jets)\b/gi,
      },
    ],
  },
  {
    type: "sanctions",
    cameo: "163",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bsanction(?:s|ed)\b|\bembargo\b/gi }],
    referredToAs: ["measures", "sanctions"],
  },
  {
    type: "criticism",
    cameo: "111",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bcriticiz|\bcriticis|\bcondemn|\bdenounc/gi }],
  },
  {
    type: "accusation",
    cameo: "112",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\baccus(?:ed|es|ing)\b|\bblamed\b/gi }],
  },
  {
    type: "praise",
    cameo: "051",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bpraised\b|\bwelcomed\b|\bhailed\b/gi }],
  },
  {
    type: "demand",
    cameo: "100",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bdemand(?:ed|s)\b/gi }],
  },
  {
    type: "threat",
    cameo: "130",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bthreaten(?:ed|s)?\b/gi }],
  },
  {
    type: "boycott",
    cameo: "143",
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bboycott(?:ed|ing|s)?\b/gi }],
  },
  {
    type: "protest",
    cameo: "141",
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\bprotest(?:s|ed|ers)?\b|\bdemonstrat(?:ion|ions|ors|ed)\b|\brall(?:y|ies|ied)\b|\bmarched\b|\bblocked (?:roads|highways|streets)\b|\bwalked off the job\b|\bwent on strike\b|\bgeneral strike\b|\b(?:called|announced|staged|held) an? (?:[\w-]+ ){0,3}strike\b/gi,
      },
    ],
    referredToAs: ["march", "rally", "protest"],
    alsoMeantBy: ["strike"],
  },
  {
    type: "arrest",
    cameo: "173",
    family: "conflict",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\barrest(?:ed|s)?\b|\bdetain(?:ed|s)?\b|\bcharged (?:with|over)\b|\b(?:was|were|been|being|be) charged\b|\bindicted\b|\bsentenced\b|\bconvicted\b|\bjailed\b/gi,
      },
    ],
  },
  {
    type: "investigation",
    cameo: "090",
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\b(?:opened|launched|began|announced) an? (?:[\w-]+ ){0,2}(?:investigation|inquiry|probe)\b/gi,
      },
    ],
  },
  {
    type: "seizure",
    cameo: "171",
    family: "conflict",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\b(?:seized|confiscated|impounded|destroyed|intercepted|demolished)\b(?:\s+(?:and \w+\s+)?[\w-]+){0,3}?\s+(?:boats?|vessels?|ships?|cargo|property|homes|houses|buildings|weapons|shipments?)\b/gi,
      },
    ],
  },
  {
    type: "blockade",
    cameo: "191",
    family: "conflict",
    roles: ACTS_ON,
    triggers: [
      { pattern: /\bsurround(?:ed|s)?\b|\bencircl(?:ed|ement)\b|\bbesieg(?:ed|e)\b|\bblockade\b/gi },
    ],
  },
  {
    type: "airstrike",
    cameo: "195",
    family: "conflict",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bair ?strikes?\b|\bbombard(?:ed|ment)\b|\bdrone strikes?\b/gi }],
    alsoMeantBy: ["attack", "strike", "bombing", "confrontation", "incident"],
  },
  // CAMEO 18 "assault" is violence against people outside combat; 19 "fight" is armed force.
  {
    type: "assault",
    cameo: "182",
    family: "conflict",
    roles: ACTS_ON,
    triggers: [
      { pattern: /\bassault(?:ed|s)?\b|\bstabb(?:ed|ing)\b|\blynch(?:ed|ing)\b|\bbeat(?:en)? up\b/gi },
    ],
    referredToAs: ["assault"],
    alsoMeantBy: ["attack", "incident"],
  },
  {
    type: "bombing",
    cameo: "183",
    family: "conflict",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\b(?:suicide|car|roadside) bomb(?:ing|er|s)?\b|\bbombing\b|\bblew (?:himself|herself|themselves) up\b/gi,
      },
    ],
    referredToAs: ["bombing"],
    alsoMeantBy: ["attack", "incident"],
  },
  {
    type: "attack",
    cameo: "190",
    family: "conflict",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\battack(?:ed|s)?\b|\bincursions?\b|\binvasion\b|\binvade[ds]?\b|\braid(?:ed|s)?\b|\boffensive\b|\bshell(?:ed|ing)\b|\bkilled\b|\bstormed\b|\brammed\b|\bcollided with\b|\bfired (?:water cannons?|shots|missiles|rockets|artillery|shells|mortars?|drones)\b|\bfired(?:\s+[\w-]+){0,3}?\s+(?:at|on|into)\b|\bopened fire\b|(?<=\b(?:drones?|missiles?|rockets?|shells?|bombs?|strikes?)(?: that| which)? )(?:struck|hit|slammed into|targeted|damaged|destroyed)\b|\b(?:was|were) (?:last |again |repeatedly )?(?:hit|struck|shelled|bombed)\b/gi,
      },
    ],
    referredToAs: ["attack", "strike", "raid", "confrontation", "clash", "incident", "collision"],
    alsoMeantBy: ["assault", "bombing"],
  },
  {
    type: "aid",
    cameo: "073",
    family: "aid",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\baid (?:shipments?|deliver(?:y|ies)|convoys?|trucks?|workers|flights?|packages?)\b|\bdeliver(?:y|ies|ed)? of (?:humanitarian )?aid\b|\bdelivered (?:humanitarian )?aid\b|\bprovide (?:\w+ )?(?:assistance|aid|relief)\b|\bairdrops?\b|\bconvoys? of\b[^.;]{0,40}?\b(?:carrying|with|loaded with)\b[^.;]{0,20}?\b(?:aid|food|supplies|relief|medicines?)\b|\bcarrying\b(?:\s+[\w-]+){0,4}?\s+(?:tents|blankets|food|medicines?|medical supplies|relief supplies|humanitarian aid|drinking water)\b|\b(?:deliver(?:ed|s|ing)?|distribut(?:ed|es|ing)|airlift(?:ed|s|ing)?|dispatch(?:ed|es)?|sen(?:t|ds)|ship(?:ped|s))\b(?:[\s,]+[\w-]+){0,8}?[\s,]+(?:aid|food|relief|supplies|assistance|medicines?|rations|tents|blankets|rescuers|rescue teams|medical teams|field hospitals?|mobile hospitals?)\b/gi,
      },
    ],
    referredToAs: ["delivery", "convoy"],
  },
  // Not CAMEO events, but what the story is about: the day and the place an analyst looks for.
  {
    type: "disaster",
    cameo: null,
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /(?<=\b(?:earthquake|quake|tremor|floods?|flooding|landslides?|cyclone|typhoon|hurricane|tsunami|wildfires?|storm|eruption)(?: that| which)? )(?:struck|hit|killed|swept|ravaged|devastated|battered|destroyed|buried)\b/gi,
      },
    ],
    referredToAs: ["earthquake", "quake", "floods", "flooding", "storm", "cyclone", "typhoon"],
  },
  {
    type: "rate-decision",
    cameo: null,
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\b(?:raised|hiked|cut|lowered|held|kept|left)\b(?:\s+(?:its|their|the|key|benchmark|policy|main|interest|lending))*\s+(?:interest )?rates?\b/gi,
      },
    ],
  },
  {
    type: "inauguration",
    cameo: null,
    family: "other",
    roles: ACTS_ON,
    triggers: [{ pattern: /\bsworn in\b|\binaugurat(?:ed|ion)\b|\btook office\b/gi }],
    occasionNouns: ["ceremony"],
  },
  {
    type: "election",
    cameo: null,
    family: "other",
    roles: ACTS_ON,
    triggers: [
      {
        pattern:
          /\belections?\b|\belected\b|\bre-elected\b|\bpolls? (?:closed|opened)\b|\brun-?offs?\b|\breferendum\b|\b(?:first|second) round of voting\b|\bwon\b(?:[^.;]|\.(?=\d)){0,30}?\bvotes?\b/gi,
      },
    ],
    merge: { spansPlaces: true, joinsOnSubset: true },
  },
];

const BY_TYPE: ReadonlyMap<string, EventKind> = new Map(EVENT_KINDS.map((kind) => [kind.type, kind]));

/** The kind an event's type names; none for a type no entry defines. */
export function kindOf(type: string): EventKind | undefined {
  return BY_TYPE.get(type);
}
