import { addDays, weekdayOf } from "./calendar.js";
import {
  isSpeech,
  RECENT_EVENT_DAYS,
  sameKindOfHappening,
  shareCoreParticipants,
} from "../domain/happening.js";
import type { ArticleAnalysis, ArticleDate, LocalEntity, LocalEvent } from "./model.js";

export interface EventRef {
  readonly article: number;
  readonly event: number;
}

export interface EventCluster {
  readonly members: EventRef[];
  date: ArticleDate | null;
}

export interface MergeResult {
  /** Global entity key for each article-level key, per article. */
  readonly entityKey: (article: number, localKey: string) => string;
  readonly entities: ReadonlyMap<string, { readonly entity: LocalEntity; readonly articles: Set<number> }>;
  readonly clusters: readonly EventCluster[];
  readonly clusterOf: (ref: EventRef) => EventCluster;
}

/**
 * People known only by a family name ("Biden") join the one person of the batch
 * with that family name and a given name; everyone else keeps their own key.
 */
function mergeEntities(articles: readonly ArticleAnalysis[]): Pick<MergeResult, "entityKey" | "entities"> {
  const fullByFamily = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const e of a.entities.values()) {
      if (e.kind === "person" && e.familyName && e.givenName) {
        const set = fullByFamily.get(e.familyName) ?? new Set<string>();
        set.add(e.key);
        fullByFamily.set(e.familyName, set);
      }
    }
  }
  const global = (e: LocalEntity): string => {
    if (e.kind === "person" && e.familyName && !e.givenName) {
      const full = fullByFamily.get(e.familyName);
      if (full?.size === 1) return [...full][0] ?? e.key;
    }
    return e.key;
  };
  const entities = new Map<string, { entity: LocalEntity; articles: Set<number> }>();
  articles.forEach((a, ai) => {
    for (const e of a.entities.values()) {
      const key = global(e);
      const existing = entities.get(key);
      if (!existing) {
        entities.set(key, {
          entity: { ...e, key, aliases: new Set(e.aliases), roles: new Set(e.roles) },
          articles: new Set([ai]),
        });
        continue;
      }
      existing.articles.add(ai);
      const target = existing.entity;
      if (e.name !== target.name) target.aliases.add(e.name);
      for (const alias of e.aliases) if (alias !== target.name) target.aliases.add(alias);
      target.countryCode ??= e.countryCode;
      // A full name beats a short form as the display name.
      if (e.name.split(" ").length > target.name.split(" ").length) {
        target.aliases.add(target.name);
        target.name = e.name;
        target.aliases.delete(e.name);
      }
    }
  });
  return {
    entityKey: (article, localKey) => {
      const local = articles[article]?.entities.get(localKey);
      return local ? global(local) : localKey;
    },
    entities,
  };
}

/** Dates that can be the same day: equal, or one the month or year of the other. */
function datesCompatible(a: ArticleDate, b: ArticleDate): boolean {
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

/**
 * Merges the events of several articles that report one happening (same kind of
 * event, same core participants, compatible dates), and people named by their
 * family name only into the full name used elsewhere.
 *
 * An event an article does not date joins a dated one only when nothing in the
 * text contradicts the date (the weekday it names, the weekday of the report that
 * announced it, how recent it is in a dated article) and there is evidence beyond
 * the participants: either the article is dated and the event recent, or the two
 * reports share a third person (a spokesperson commenting on it, say). Then the
 * event takes the other's date, with basis "coreference".
 */
export function mergeArticles(articles: readonly ArticleAnalysis[]): MergeResult {
  const { entityKey, entities } = mergeEntities(articles);
  const clusters: EventCluster[] = [];
  // Per article, per event: its cluster, its core participants (global keys), its context.
  const byRef: EventCluster[][] = [];
  const coreOf: Set<string>[][] = [];
  const contextOf: (Set<string> | undefined)[][] = [];
  const eventOf = (r: EventRef): LocalEvent | undefined => articles[r.article]?.events[r.event];
  articles.forEach((a, ai) => {
    byRef.push([]);
    coreOf.push(a.events.map((e) => new Set(e.participants.map((p) => entityKey(ai, p.key)))));
    contextOf.push(a.events.map(() => undefined));
    a.events.forEach((e, ei) => {
      const cluster: EventCluster = { members: [{ article: ai, event: ei }], date: e.date };
      clusters.push(cluster);
      byRef[ai]?.push(cluster);
    });
  });
  const clusterOf = (r: EventRef): EventCluster => {
    const c = byRef[r.article]?.[r.event];
    if (!c) throw new Error("unknown event");
    return c;
  };
  const core = (r: EventRef): Set<string> => coreOf[r.article]?.[r.event] ?? new Set<string>();
  const context = (r: EventRef): Set<string> => {
    const row = contextOf[r.article];
    const cached = row?.[r.event];
    if (cached) return cached;
    const computed = computeContext(r);
    if (row) row[r.event] = computed;
    return computed;
  };
  const computeContext = (r: EventRef): Set<string> => {
    const a = articles[r.article];
    const e = eventOf(r);
    if (!a || !e) return new Set();
    const own = core(r);
    const keys = a.mentions
      .filter((m) => m.kind === "person" && !m.inQuote && e.sentences.includes(m.sentence))
      .map((m) => entityKey(r.article, m.key))
      .filter((k) => !own.has(k));
    return new Set(keys);
  };
  // Candidate clusters share a participant and are dated to the day, as only those can be
  // joined: an index keeps the merge near-linear in the batch size. It leaves out the
  // clusters without a day, most of a batch, which every lookup would otherwise walk.
  const datedByParticipant = new Map<string, Set<EventCluster>>();
  const isDayDated = (c: EventCluster): boolean => c.date?.precision === "day";
  const indexMember = (c: EventCluster, m: EventRef): void => {
    for (const k of core(m)) {
      const set = datedByParticipant.get(k);
      if (set) set.add(c);
      else datedByParticipant.set(k, new Set([c]));
    }
  };
  const indexCluster = (c: EventCluster): void => {
    for (const m of c.members) indexMember(c, m);
  };
  const candidatesOf = (r: EventRef): EventCluster[] => {
    const own = clusterOf(r);
    const found = new Set<EventCluster>();
    for (const k of core(r)) for (const c of datedByParticipant.get(k) ?? []) if (c !== own) found.add(c);
    return [...found];
  };
  const sameCore = (x: EventRef, y: EventRef): boolean => {
    const ex = eventOf(x);
    return ex !== undefined && shareCoreParticipants(ex, core(x), core(y));
  };
  const union = (into: EventCluster, from: EventCluster): void => {
    if (into === from) return;
    const wasDated = isDayDated(into);
    into.date ??= from.date;
    const dated = isDayDated(into);
    if (dated && !wasDated) indexCluster(into);
    for (const m of from.members) {
      into.members.push(m);
      const row = byRef[m.article];
      if (row) row[m.event] = into;
      for (const k of core(m)) datedByParticipant.get(k)?.delete(from);
      if (dated) indexMember(into, m);
    }
    from.members.length = 0;
  };
  // Every member must agree; members of one type and article are checked once.
  const compatibleWithCluster = (r: EventRef, c: EventCluster): boolean => {
    const e = eventOf(r);
    if (!e) return false;
    const checked = new Set<string>();
    return c.members.every((m) => {
      const o = eventOf(m);
      if (o === undefined || m.article === r.article) return false;
      const signature = `${o.type}|${[...core(m)].sort().join(",")}`;
      if (checked.has(signature)) return true;
      checked.add(signature);
      return sameKindOfHappening(e, o) && sameCore(r, m);
    });
  };

  // Dated reports of the same day.
  const refs = clusters.flatMap((c) => c.members.slice());
  for (const c of clusters) if (isDayDated(c)) indexCluster(c);
  for (const r of refs) {
    const e = eventOf(r);
    if (e?.date?.precision !== "day") continue;
    for (const c of candidatesOf(r)) {
      if (c.members.length === 0 || c === clusterOf(r) || !c.date || !datesCompatible(c.date, e.date))
        continue;
      if (c.date.precision !== "day") continue;
      if (compatibleWithCluster(r, c)) union(c, clusterOf(r));
    }
  }

  for (let round = 0; round < 3; round++) {
    let changed = false;
    // "Hours later": the day of the event it follows, once that is known.
    for (const r of refs) {
      const e = eventOf(r);
      const own = clusterOf(r);
      if (!e || own.date || e.sameDayAs === null) continue;
      const anchor = clusterOf({ article: r.article, event: e.sameDayAs });
      if (anchor.date?.precision === "day") {
        own.date = { value: anchor.date.value, precision: "day", basis: "coreference" };
        indexCluster(own);
        changed = true;
      }
    }
    // Undated reports, or reports that only give the month ("last week"), joining a
    // happening dated to the day on strong evidence.
    for (const r of refs) {
      const e = eventOf(r);
      const own = clusterOf(r);
      const article = articles[r.article];
      if (!e || !article || isDayDated(own) || isSpeech(e)) continue;
      if (own.members.length > 1) continue;
      const candidates = candidatesOf(r).filter((c) => {
        if (c.members.length === 0 || c === own || c.date?.precision !== "day") return false;
        const day = c.date.value;
        if (own.date && !day.startsWith(own.date.value)) return false;
        if (e.weekday !== null && weekdayOf(day) !== e.weekday) return false;
        if (e.month !== null && Number(day.slice(5, 7)) !== e.month) return false;
        if (
          e.reportedWeekday !== null &&
          ![e.reportedWeekday, (e.reportedWeekday + 6) % 7].includes(weekdayOf(day))
        ) {
          return false;
        }
        if (!compatibleWithCluster(r, c)) return false;
        const published = article.publishedAt;
        // A report dated only to a month may come from "last week": up to two weeks back.
        const recent = own.date ? 2 * RECENT_EVENT_DAYS : RECENT_EVENT_DAYS;
        if (published) return day <= published.value && day >= addDays(published.value, -recent);
        const mine = context(r);
        return c.members.some((m) => [...context(m)].some((k) => mine.has(k)));
      });
      const target = candidates[0];
      if (candidates.length === 1 && target?.date) {
        union(target, own);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { entityKey, entities, clusters: clusters.filter((c) => c.members.length > 0), clusterOf };
}
