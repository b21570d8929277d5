/**
 * The CAMEO verb lexicon: words that report a kind of event, with the event type we
 * name it by and its CAMEO code (root or finer). Order matters: earlier, more
 * specific triggers win over later ones found at the same place.
 */
export type EventFamily = "consult" | "statement" | "interview" | "conflict" | "aid" | "other";

export interface EventTrigger {
  readonly type: string;
  readonly cameo: string | null;
  readonly family: EventFamily;
  readonly pattern: RegExp;
  /** A noun that, with a definite determiner and no participants, refers back to an earlier event. */
  readonly anaphoric?: boolean;
}

export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  {
    type: "call",
    cameo: "041",
    family: "consult",
    pattern:
      /\b(?:tele)?phone(?:d)?(?: call| conversation)?s?\b|\bspoke\b(?:\s+[\w'’-]+){0,5}?\s+by (?:tele)?phone\b|\b(?:latest|first|second|last|this|the|a|their|his|her) call\b(?!\s+(?:for|on|to)\b)/gi,
    anaphoric: true,
  },
  {
    type: "visit",
    cameo: "042",
    family: "consult",
    // "banned from travelling to the EU" is no visit.
    pattern:
      /(?<!\bfrom )\b(?:visit(?:ed|s|ing)?|trips?|travel(?:l?ed|s|ling|ing)? to|arrived in|landed in|flew (?:home |back )?to|tour(?:ed)?)\b/gi,
  },
  {
    type: "meeting",
    cameo: "043",
    family: "consult",
    pattern: /\bmet\b|\bmeetings?\b|\bconvened\b|\bsummit\b|\bhosted\b/gi,
    anaphoric: true,
  },
  {
    type: "discussion",
    cameo: "040",
    family: "consult",
    pattern:
      /\bdiscussions?\b|\bdiscussed\b|\bconversations?\b|\btalks\b|\bdialogue\b|\bconsult(?:ed|ations)\b|\bspoke (?:with|to)\b|\bengaged in discussion\b/gi,
    anaphoric: true,
  },
  { type: "negotiation", cameo: "046", family: "consult", pattern: /\bnegotiat(?:ions?|ed|ing)\b/gi },
  { type: "mediation", cameo: "045", family: "consult", pattern: /\bmediat(?:ed|ion|ing)\b|\bbrokered\b/gi },
  { type: "interview", cameo: "010", family: "interview", pattern: /\binterviews?\b/gi },
  {
    type: "briefing",
    cameo: "010",
    family: "statement",
    pattern: /\b(?:press|news) (?:briefing|conference)\b/gi,
  },
  {
    type: "truce",
    cameo: "0871",
    family: "other",
    pattern:
      /\b(?:agreed|declared|announced|reached|facilitated|brokered|implemented)\b[^,;.]{0,30}\b(?:ceasefire|cease-fire|truce|cessation of hostilities)\b/gi,
  },
  {
    type: "release",
    cameo: "0841",
    family: "other",
    // Freed people: "released two health workers", "freed 12 fishermen", "the release of the hostages".
    pattern:
      /\b(?:released|freed|release of|liberation of)\b(?:\s+[\p{L}\d-]+){0,3}?\s+(?:(?:hostage|prisoner|captive|detainee|worker|national|citizen|journalist|reporter|photographer|filmmaker|soldier|civilian|sailor|crew member|student|activist|tourist|employee|missionary|doctor|nurse|inmate|political prisoner|opposition leader|dissident)s?|fishermen|children|women|men|crew|staff|people)\b|\b(?:released|freed) from (?:prison|jail|detention|custody|captivity)\b|\b(?:was|were|been|being) (?:released|freed|pardoned)\b|\bpardoned\b/giu,
  },
  // "the release earlier this month of Liam Hartigan": of a named person. Case-sensitive, as an
  // /i flag would let \p{Lu} match any letter.
  {
    type: "release",
    cameo: "0841",
    family: "other",
    pattern: /\b[Rr]elease\b(?:\s+[\w-]+){0,3}?\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}/gu,
  },
  {
    type: "abduction",
    cameo: "181",
    family: "conflict",
    pattern: /\babduct(?:ed|ion|s)?\b|\bkidnapp?(?:ed|ing|s)?\b|\btaken hostage\b|\bseized as hostages?\b/gi,
  },
  {
    type: "appeal",
    cameo: "020",
    family: "other",
    pattern: /\bcalled (?:for|on)\b|\burg(?:ed|es|ing)\b|\bappeal(?:ed|s)?\b|\brequested\b/gi,
  },
  // "warned that four million people face hunger" is a grim forecast (CAMEO 012), not a threat.
  {
    type: "warning",
    cameo: "012",
    family: "other",
    pattern: /\b(?:warn(?:ed|s|ing)?|cautioned)(?= that\b)/gi,
  },
  {
    type: "warning",
    cameo: "130",
    family: "other",
    pattern: /\bwarn(?:ed|s|ing)?\b(?! that\b)|\bcautioned\b(?! that\b)/gi,
  },
  {
    type: "rejection",
    cameo: "120",
    family: "other",
    pattern: /\brejected\b|\bruled out\b|\brefused\b|\bturned down\b/gi,
  },
  { type: "agreement", cameo: "057", family: "other", pattern: /\bsigned\b|\bagreement\b|\baccord\b/gi },
  {
    type: "pledge",
    cameo: "030",
    family: "other",
    pattern: /\bagreed(?: \w+){0,3}? to\b|\bpledged\b|\bpromised\b|\bvowed\b/gi,
  },
  {
    type: "withdrawal",
    cameo: "160",
    family: "other",
    pattern: /\bwithdr(?:ew|awn|awal|aws|awing|aw) from\b|\bpulled out of\b|\bquit the\b/gi,
  },
  {
    type: "easing",
    cameo: "081",
    family: "other",
    pattern:
      /\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|remov(?:ed|es|ing)|suspend(?:ed|s|ing)?)\b(?:\s+[\w-]+){0,6}?\s+(?:sanctions|restrictions|border closures|embargo|curfew)\b/gi,
  },
  {
    type: "closure",
    cameo: "172",
    family: "other",
    pattern:
      /\bclos(?:ed|es|ing)\b(?:\s+[\w-]+){0,3}?\s+(?:border|borders|crossings?|border crossings?|airspace|embassy|consulate|ports?)\b/gi,
  },
  {
    type: "cooperation",
    cameo: "060",
    family: "other",
    // "has provided the coast guard with patrol vessels", "supplied air defence systems".
    pattern:
      /\bprovided\b(?=(?:\s+[\w-]+){1,6}?\s+with\s+(?:[\w-]+\s+){0,2}(?:vessels|ships|boats|aircraft|planes|helicopters|weapons|arms|equipment|systems|training|loans|funding)\b)|\b(?:supplied|delivered)\s+(?:[\w-]+\s+){0,3}(?:weapons|arms|ammunition|missiles|tanks|air defen[cs]e systems|fighter jets)\b/gi,
  },
  { type: "sanctions", cameo: "163", family: "other", pattern: /\bsanction(?:s|ed)\b|\bembargo\b/gi },
  {
    type: "criticism",
    cameo: "111",
    family: "other",
    pattern: /\bcriticiz|\bcriticis|\bcondemn|\bdenounc/gi,
  },
  { type: "accusation", cameo: "112", family: "other", pattern: /\baccus(?:ed|es|ing)\b|\bblamed\b/gi },
  { type: "praise", cameo: "051", family: "other", pattern: /\bpraised\b|\bwelcomed\b|\bhailed\b/gi },
  { type: "demand", cameo: "100", family: "other", pattern: /\bdemand(?:ed|s)\b/gi },
  { type: "threat", cameo: "130", family: "other", pattern: /\bthreaten(?:ed|s)?\b/gi },
  { type: "boycott", cameo: "143", family: "other", pattern: /\bboycott(?:ed|ing|s)?\b/gi },
  {
    type: "protest",
    cameo: "141",
    family: "other",
    pattern:
      /\bprotest(?:s|ed|ers)?\b|\bdemonstrat(?:ion|ions|ors|ed)\b|\brall(?:y|ies|ied)\b|\bmarched\b|\bblocked (?:roads|highways|streets)\b|\bwalked off the job\b|\bwent on strike\b|\bgeneral strike\b|\b(?:called|announced|staged|held) an? (?:[\w-]+ ){0,3}strike\b/gi,
  },
  {
    type: "arrest",
    cameo: "173",
    family: "conflict",
    pattern:
      /\barrest(?:ed|s)?\b|\bdetain(?:ed|s)?\b|\bcharged (?:with|over)\b|\b(?:was|were|been|being|be) charged\b|\bindicted\b|\bsentenced\b|\bconvicted\b|\bjailed\b/gi,
  },
  {
    type: "investigation",
    cameo: "090",
    family: "other",
    pattern: /\b(?:opened|launched|began|announced) an? (?:[\w-]+ ){0,2}(?:investigation|inquiry|probe)\b/gi,
  },
  {
    type: "seizure",
    cameo: "171",
    family: "conflict",
    pattern:
      /\b(?:seized|confiscated|impounded|destroyed|intercepted|demolished)\b(?:\s+(?:and \w+\s+)?[\w-]+){0,3}?\s+(?:boats?|vessels?|ships?|cargo|property|homes|houses|buildings|weapons|shipments?)\b/gi,
  },
  {
    type: "blockade",
    cameo: "191",
    family: "conflict",
    pattern: /\bsurround(?:ed|s)?\b|\bencircl(?:ed|ement)\b|\bbesieg(?:ed|e)\b|\bblockade\b/gi,
  },
  {
    type: "airstrike",
    cameo: "195",
    family: "conflict",
    pattern: /\bair ?strikes?\b|\bbombard(?:ed|ment)\b|\bdrone strikes?\b/gi,
  },
  // CAMEO 18 "assault" is violence against people outside combat; 19 "fight" is armed force.
  {
    type: "assault",
    cameo: "182",
    family: "conflict",
    pattern: /\bassault(?:ed|s)?\b|\bstabb(?:ed|ing)\b|\blynch(?:ed|ing)\b|\bbeat(?:en)? up\b/gi,
  },
  {
    type: "bombing",
    cameo: "183",
    family: "conflict",
    pattern:
      /\b(?:suicide|car|roadside) bomb(?:ing|er|s)?\b|\bbombing\b|\bblew (?:himself|herself|themselves) up\b/gi,
  },
  {
    type: "attack",
    cameo: "190",
    family: "conflict",
    pattern:
      /\battack(?:ed|s)?\b|\bincursions?\b|\binvasion\b|\binvade[ds]?\b|\braid(?:ed|s)?\b|\boffensive\b|\bshell(?:ed|ing)\b|\bkilled\b|\bstormed\b|\brammed\b|\bcollided with\b|\bfired (?:water cannons?|shots|missiles|rockets|artillery|shells|mortars?|drones)\b|\bfired(?:\s+[\w-]+){0,3}?\s+(?:at|on|into)\b|\bopened fire\b|(?<=\b(?:drones?|missiles?|rockets?|shells?|bombs?|strikes?)(?: that| which)? )(?:struck|hit|slammed into|targeted|damaged|destroyed)\b|\b(?:was|were) (?:last |again |repeatedly )?(?:hit|struck|shelled|bombed)\b/gi,
  },
  {
    type: "aid",
    cameo: "073",
    family: "aid",
    pattern:
      /\baid (?:shipments?|deliver(?:y|ies)|convoys?|trucks?|workers|flights?|packages?)\b|\bdeliver(?:y|ies|ed)? of (?:humanitarian )?aid\b|\bdelivered (?:humanitarian )?aid\b|\bprovide (?:\w+ )?(?:assistance|aid|relief)\b|\bairdrops?\b|\bconvoys? of\b[^.;]{0,40}?\b(?:carrying|with|loaded with)\b[^.;]{0,20}?\b(?:aid|food|supplies|relief|medicines?)\b|\bcarrying\b(?:\s+[\w-]+){0,4}?\s+(?:tents|blankets|food|medicines?|medical supplies|relief supplies|humanitarian aid|drinking water)\b|\b(?:deliver(?:ed|s|ing)?|distribut(?:ed|es|ing)|airlift(?:ed|s|ing)?|dispatch(?:ed|es)?|sen(?:t|ds)|ship(?:ped|s))\b(?:[\s,]+[\w-]+){0,8}?[\s,]+(?:aid|food|relief|supplies|assistance|medicines?|rations|tents|blankets|rescuers|rescue teams|medical teams|field hospitals?|mobile hospitals?)\b/gi,
  },
  // Not CAMEO events, but what the story is about: the day and the place an analyst looks for.
  {
    type: "disaster",
    cameo: null,
    family: "other",
    pattern:
      /(?<=\b(?:earthquake|quake|tremor|floods?|flooding|landslides?|cyclone|typhoon|hurricane|tsunami|wildfires?|storm|eruption)(?: that| which)? )(?:struck|hit|killed|swept|ravaged|devastated|battered|destroyed|buried)\b/gi,
  },
  {
    type: "rate-decision",
    cameo: null,
    family: "other",
    pattern:
      /\b(?:raised|hiked|cut|lowered|held|kept|left)\b(?:\s+(?:its|their|the|key|benchmark|policy|main|interest|lending))*\s+(?:interest )?rates?\b/gi,
  },
  {
    type: "inauguration",
    cameo: null,
    family: "other",
    pattern: /\bsworn in\b|\binaugurat(?:ed|ion)\b|\btook office\b/gi,
  },
  {
    type: "election",
    cameo: null,
    family: "other",
    pattern:
      /\belections?\b|\belected\b|\bre-elected\b|\bpolls? (?:closed|opened)\b|\brun-?offs?\b|\breferendum\b|\b(?:first|second) round of voting\b|\bwon\b(?:[^.;]|\.(?=\d)){0,30}?\bvotes?\b/gi,
  },
];
