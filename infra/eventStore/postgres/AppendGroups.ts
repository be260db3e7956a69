import { IdempotencyMismatchError, WrongExpectedVersionError } from '../errors.js';
import type { AppendResult, StreamAppend } from '../EventStore.js';

interface Waiting {
  appends: readonly StreamAppend[];
  resolve(results: AppendResult[]): void;
  reject(error: unknown): void;
}

export interface AppendGroupOptions {
  /** Groups being written at once; an append that finds them all busy waits and joins the next group. */
  maxInFlight: number;
  /** Most streams in one group's statement. */
  maxStreams: number;
}

/**
 * Appends made while others are being written go together: one statement, one transaction and
 * one durable commit for all of them instead of one each. An append that finds a free slot is
 * written at once, alone, so a quiet process adds no wait; under load, the appends that arrived
 * during a commit share the next one. A stream appears once per group and in one group being
 * written at a time (an append naming a stream already in the group, one passed over, or one being
 * written, waits for a later group, in arrival order), so a later append never overtakes an earlier one.
 *
 * Each caller's answer is its own. The group is atomic in PostgreSQL, so when one append of it is
 * refused (wrong expected version, idempotency mismatch: the error names the stream) nothing was
 * written: that caller gets its error and the others are written again without it. After any other
 * failure that names no stream, each member is written again alone and gets its own answer.
 *
 * A group commits as one, so a member waits for the others' stream-row locks too: a stream held
 * by a caller's own open transaction (appendInTransaction) holds up its whole group.
 */
export class AppendGroups {
  private readonly queue: Waiting[] = [];
  /** The streams of the groups being written: an append to one waits for its group to end. */
  private readonly writing = new Set<string>();
  private inFlight = 0;

  constructor(
    private readonly write: (appends: readonly StreamAppend[]) => Promise<AppendResult[]>,
    private readonly options: AppendGroupOptions,
  ) {}

  /** The appends of one caller (distinct streams, checked), written atomically: one result each. */
  append(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ appends, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const group = this.take();
      // Every waiting append names a stream of a group being written: the next one to end pumps.
      if (group.length === 0) return;
      const names = group.flatMap((member) => member.appends.map((a) => a.stream));
      for (const name of names) this.writing.add(name);
      this.inFlight++;
      void this.run(group).finally(() => {
        for (const name of names) this.writing.delete(name);
        this.inFlight--;
        this.pump();
      });
    }
  }

  /**
   * Takes the next group off the queue: the first waiting append none of whose streams is being
   * written, and those after it that fit.
   */
  private take(): Waiting[] {
    const group: Waiting[] = [];
    const rest: Waiting[] = [];
    const named = new Set<string>();
    let streams = 0;
    for (const waiting of this.queue) {
      const names = waiting.appends.map((a) => a.stream);
      const free = names.every((name) => !named.has(name) && !this.writing.has(name));
      const fits = free && (group.length === 0 || streams + names.length <= this.options.maxStreams);
      if (fits) {
        group.push(waiting);
        streams += names.length;
      } else rest.push(waiting);
      // A stream passed over stays taken: a later append to it must not overtake the earlier one.
      for (const name of names) named.add(name);
    }
    this.queue.splice(0, this.queue.length, ...rest);
    return group;
  }

  private async run(group: Waiting[]): Promise<void> {
    let members = group;
    while (members.length > 0) {
      try {
        const results = await this.write(members.flatMap((m) => m.appends));
        let next = 0;
        for (const member of members) {
          member.resolve(results.slice(next, next + member.appends.length));
          next += member.appends.length;
        }
        return;
      } catch (error) {
        if (members.length === 1) {
          members[0]!.reject(error);
          return;
        }
        const refused = refusedMember(members, error);
        if (!refused) {
          // Nothing says whose append it was (data PostgreSQL refuses, a lost connection): each is
          // written again alone, so one bad append fails only its own caller. The group rolled
          // back, or committed and the event ids make the second write answer as the first.
          await Promise.all(
            members.map((member) => this.write(member.appends).then(member.resolve, member.reject)),
          );
          return;
        }
        refused.reject(error);
        members = members.filter((m) => m !== refused);
      }
    }
  }
}

/** The member whose append the store refused, when the error names its stream. */
function refusedMember(members: readonly Waiting[], error: unknown): Waiting | undefined {
  if (!(error instanceof WrongExpectedVersionError || error instanceof IdempotencyMismatchError))
    return undefined;
  return members.find((m) => m.appends.some((a) => a.stream === error.stream));
}
