import type { Gazetteer } from "./gazetteer.js";
import { NICKNAMES } from "./lexicon/names.js";
import { NATIONAL_MILITARIES } from "./lexicon/organizations.js";
import type { MentionCandidate } from "./mentions.js";
import type { LocalEntity, Mention } from "./model.js";
import { foldName } from "./normalize.js";
import { tokenKey } from "./tokens.js";

export interface ResolvedEntities {
  readonly mentions: Mention[];
  readonly entities: Map<string, LocalEntity>;
}

export function givenNameKey(name: string): string {
  const key = tokenKey(name);
  return NICKNAMES[key] ?? key;
}

export function personKey(family: string, given: string | null): string {
  return `person:${family}|${given ?? ""}`;
}

interface EntitySeed {
  readonly key: string;
  readonly kind: LocalEntity["kind"];
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly placeKind?: LocalEntity["placeKind"];
  readonly countryCode?: string | null;
  readonly latitude?: number | null;
  readonly longitude?: number | null;
  readonly category?: LocalEntity["category"];
  readonly familyName?: string | null;
  readonly givenName?: string | null;
  readonly nameParts?: readonly string[];
}

/** The entity a gazetteer-backed or institution mention stands for; null for persons. */
function seedOf(c: MentionCandidate, gazetteer: Gazetteer, articleId: string): EntitySeed | null {
  const e = c.entry;
  if (e?.type === "country" || e?.type === "demonym") {
    const country = e.country;
    return {
      key: `country:${country.code}`,
      kind: "country",
      name: country.name,
      aliases: e.type === "country" ? [c.surface] : [],
      placeKind: "country",
      countryCode: country.code,
      latitude: country.latitude,
      longitude: country.longitude,
    };
  }
  if (e?.type === "region") {
    return {
      key: `place:region:${foldName(e.region.name)}`,
      kind: "place",
      name: e.region.name,
      aliases: [...e.region.aliases, c.surface],
      placeKind: e.region.kind,
      countryCode: e.region.countryCode,
      latitude: e.region.latitude,
      longitude: e.region.longitude,
    };
  }
  if (e?.type === "city") {
    return {
      key: `place:city:${e.city.geonameId}`,
      kind: "place",
      name: e.city.name,
      aliases: [c.surface],
      placeKind: "city",
      countryCode: e.city.countryCode,
      latitude: e.city.latitude,
      longitude: e.city.longitude,
    };
  }
  if (e?.type === "organization") {
    return {
      key: `org:${foldName(e.org.name)}`,
      kind: "organization",
      name: e.org.name,
      aliases: [...e.org.aliases, c.surface],
      countryCode: e.org.countryCode,
      category: e.org.category,
    };
  }
  if (c.institution) {
    const { countryCode, head } = c.institution;
    const country = countryCode ? gazetteer.countriesByCode.get(countryCode) : undefined;
    if (!country) {
      // An unqualified ministry is only known to be the same within its article.
      return {
        key: `org:${foldName(head)}@${articleId}`,
        kind: "organization",
        name: head,
        aliases: [c.surface],
        category: "government",
      };
    }
    const demonym = country.demonyms[0] ?? country.name;
    const surface =
      /\b(?:government|administration|forces|ministry|military|army|troops|soldiers|police|parliament)s?$/i.test(
        c.surface,
      )
        ? c.surface.replace(/governments$/i, "government")
        : `${c.surface} ${head}`;
    if (head === "military") {
      const proper = NATIONAL_MILITARIES[country.code];
      return {
        key: `org:${country.code}:military`,
        kind: "organization",
        name: proper ?? `${demonym} military`,
        aliases: [
          surface,
          `${demonym} military`,
          `${demonym} forces`,
          `${demonym} armed forces`,
          `${demonym} army`,
        ],
        countryCode: country.code,
        category: "military",
      };
    }
    return {
      key: `org:${country.code}:${foldName(head)}`,
      kind: "organization",
      name: head === "government" ? `${country.name} government` : `${country.name} ${head}`,
      aliases: [
        surface,
        `${demonym} ${head}`,
        ...(head === "government" ? [`Government of ${country.name}`] : []),
      ],
      countryCode: country.code,
      category: "government",
    };
  }
  if (c.kind === "place" && c.placeKind) {
    // A named building, or a town the text introduces, that the gazetteer does not know.
    const name = c.surface.replace(/['’]s$/, "");
    return {
      key: `place:${c.placeKind}:${foldName(name)}`,
      kind: "place",
      name,
      aliases: [name],
      placeKind: c.placeKind,
    };
  }
  if (c.kind === "organization" && c.nameTokens.length !== 1) {
    return { key: `org:${foldName(c.surface)}`, kind: "organization", name: c.surface, aliases: [c.surface] };
  }
  return null;
}

function upsert(entities: Map<string, LocalEntity>, seed: EntitySeed): LocalEntity {
  let entity = entities.get(seed.key);
  if (!entity) {
    entity = {
      key: seed.key,
      kind: seed.kind,
      name: seed.name,
      aliases: new Set(),
      placeKind: seed.placeKind ?? null,
      countryCode: seed.countryCode ?? null,
      latitude: seed.latitude ?? null,
      longitude: seed.longitude ?? null,
      category: seed.category ?? null,
      roles: new Set(),
      familyName: seed.familyName ?? null,
      givenName: seed.givenName ?? null,
      nameParts: seed.nameParts ?? [],
    };
    entities.set(seed.key, entity);
  }
  for (const alias of seed.aliases ?? []) if (alias && alias !== entity.name) entity.aliases.add(alias);
  return entity;
}

/**
 * Resolves the article's mentions to entities: gazetteer entries to their entry,
 * full person names to one person per family and given name, and short forms
 * ("Biden", "President Biden", a glued "dNetanyahu") to the person they shorten.
 * Short forms that match nobody and carry no cue are dropped.
 */
export function resolveEntities(
  candidates: readonly MentionCandidate[],
  gazetteer: Gazetteer,
  articleId: string,
): ResolvedEntities {
  const entities = new Map<string, LocalEntity>();
  const resolved: (Mention | null)[] = candidates.map(() => null);
  const toMention = (c: MentionCandidate, key: string, kind: LocalEntity["kind"]): Mention => ({
    sentence: c.sentence,
    start: c.start,
    end: c.end,
    surface: c.surface,
    kind,
    key,
    inQuote: c.inQuote,
    qualifier: c.qualifier,
  });
  const acronyms = new Map<string, string>();
  const fullNames = new Map<string, Map<string, number>>();

  // Entities named by the gazetteer or by institution patterns; full person names.
  candidates.forEach((c, i) => {
    if (c.administrationOf !== null) return;
    if (c.kind !== "person") {
      const seed = seedOf(c, gazetteer, articleId);
      if (!seed) return;
      const entity = upsert(entities, seed);
      if (c.acronym) {
        entity.aliases.add(c.acronym);
        acronyms.set(c.acronym, entity.key);
      }
      resolved[i] = toMention(c, entity.key, entity.kind);
      return;
    }
    if (c.nameTokens.length < 2) return;
    const family = tokenKey(c.nameTokens[c.nameTokens.length - 1] ?? "");
    const given = givenNameKey(c.nameTokens[0] ?? "");
    const key = personKey(family, given);
    const entity = upsert(entities, {
      key,
      kind: "person",
      name: c.nameTokens.join(" "),
      familyName: family,
      givenName: given,
      nameParts: c.nameTokens.map(tokenKey),
    });
    const display = c.surface.replace(/['’]s$/, "");
    const counts = fullNames.get(key) ?? new Map<string, number>();
    counts.set(display, (counts.get(display) ?? 0) + 1);
    fullNames.set(key, counts);
    entity.aliases.add(display);
    if (c.role) entity.roles.add(c.role);
    if (c.countryCode) entity.countryCode ??= c.countryCode;
    resolved[i] = toMention(c, key, "person");
  });

  // The displayed name of a person: the full form the article uses most.
  for (const [key, counts] of fullNames) {
    const entity = entities.get(key);
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
    if (entity && best) {
      entity.name = best[0].replace(/\s+(?:Jr|Sr)\.?$/, "").replace(/,$/, "");
      entity.aliases.add(best[0]);
    }
  }

  const persons = [...entities.values()].filter((e) => e.kind === "person");
  const lastSeen = new Map<string, number>();
  candidates.forEach((c, i) => {
    const m = resolved[i];
    if (m?.kind === "person") lastSeen.set(m.key, Math.max(lastSeen.get(m.key) ?? -1, c.start));
  });

  // Short forms: a family name or a given name of one of the article's people.
  candidates.forEach((c, i) => {
    if (resolved[i]) return;
    if (c.administrationOf !== null) {
      const family = tokenKey(c.administrationOf);
      const leader = persons.find((p) => p.familyName === family);
      const seed =
        leader?.countryCode != null
          ? seedOf(
              { ...c, institution: { countryCode: leader.countryCode, head: "government" } },
              gazetteer,
              articleId,
            )
          : { key: `org:${foldName(c.surface)}`, kind: "organization" as const, name: c.surface };
      if (!seed) return;
      const entity = upsert(entities, seed);
      entity.aliases.add(c.surface);
      resolved[i] = toMention(c, entity.key, "organization");
      return;
    }
    if (c.nameTokens.length !== 1) return;
    const word = c.nameTokens[0] ?? "";
    const key = tokenKey(word);
    if (c.kind === "organization") {
      // "the Commission": the article's organisation whose name ends with the word.
      const org = [...entities.values()].find(
        (e) => e.kind === "organization" && tokenKey(e.name.split(" ").pop() ?? "") === key,
      );
      if (org) resolved[i] = toMention(c, org.key, "organization");
      return;
    }
    if (c.kind !== "person") return;
    const byAcronym = acronyms.get(word);
    if (byAcronym) {
      resolved[i] = toMention(c, byAcronym, entities.get(byAcronym)?.kind ?? "organization");
      return;
    }
    let matches = persons.filter((p) => p.familyName === key);
    if (matches.length === 0) matches = persons.filter((p) => p.givenName === givenNameKey(word));
    if (matches.length === 0) matches = persons.filter((p) => p.nameParts.includes(key));
    let target: LocalEntity | undefined;
    if (matches.length === 1) target = matches[0];
    else if (matches.length > 1) {
      // Two people share the name: the one mentioned last before this point.
      target = [...matches].sort((a, b) => {
        const la = lastSeen.get(a.key) ?? -1;
        const lb = lastSeen.get(b.key) ?? -1;
        const before = (x: number): number => (x <= c.start ? x : -1);
        return before(lb) - before(la);
      })[0];
    }
    if (!target && (c.cue === "title" || c.cue === "speech")) {
      target = upsert(entities, {
        key: personKey(key, null),
        kind: "person",
        name: word,
        familyName: key,
        givenName: null,
        nameParts: [key],
      });
    }
    if (!target) return;
    if (c.role) target.roles.add(c.role);
    if (c.countryCode) target.countryCode ??= c.countryCode;
    if (c.surface !== target.name) target.aliases.add(c.surface.replace(/['’]s$/, ""));
    resolved[i] = toMention(c, target.key, "person");
  });

  return { mentions: resolved.filter((m): m is Mention => m !== null), entities };
}
