/**
 * One simulated Docker host: its state, the engine profile it behaves like, and the small services
 * (IDs, clock, interface indexes) every layer below uses. Operations live in daemon/*; this class
 * only owns the state and the sources of randomness and time.
 */
import { randomFloat, randomHex, randomId, seedRandom } from './determinism/random.ts';
import { rfc3339Nano } from './determinism/clock.ts';
import { PROFILES, type EngineProfile } from './profile.ts';
import type { EngineState } from './model/state.ts';
import { bootHost, type HostOptions } from './host/boot.ts';

export interface EngineOptions extends HostOptions {
  seed?: string | number;
  /** simulated wall clock at boot, ms since the epoch */
  startMs?: number;
  profile?: string;
}

export type EngineListener = (event: EngineEvent) => void;
export type EngineEvent =
  | { type: 'changed' }
  | { type: 'packet'; trace: import('./dataplane/trace.ts').PacketTrace };

export class Engine {
  state: EngineState;
  readonly profile: EngineProfile;
  private listeners = new Set<EngineListener>();

  constructor(opts: EngineOptions = {}, state?: EngineState) {
    const profileId = state?.profile ?? opts.profile ?? '20.10';
    const profile = PROFILES[profileId];
    if (!profile) throw new Error(`unknown engine profile ${profileId}`);
    this.profile = profile;
    if (state) {
      this.state = state;
    } else {
      const seed = String(opts.seed ?? 'dockernet');
      this.state = {
        profile: profileId,
        seed,
        random: seedRandom(seed),
        clockMs: opts.startMs ?? Date.UTC(2026, 10, 23, 8, 0, 0),
        host: undefined as never,
        daemon: undefined as never,
      };
      bootHost(this, opts);
    }
  }

  /** a deep copy of the state as JSON text: everything needed to restore this engine */
  serialize(): string {
    return JSON.stringify(this.state);
  }

  static restore(json: string): Engine {
    const state = JSON.parse(json) as EngineState;
    return new Engine({}, state);
  }

  // ---- time ---------------------------------------------------------------------------------
  now(): number {
    return this.state.clockMs;
  }
  advance(ms: number): void {
    this.state.clockMs += ms;
  }
  /** RFC 3339 timestamp of now, with random nanoseconds as a real clock would show */
  timestamp(): string {
    return rfc3339Nano(this.state.clockMs, Math.floor(randomFloat(this.state.random) * 1e6));
  }

  // ---- randomness -----------------------------------------------------------------------------
  newId(): string {
    return randomId(this.state.random);
  }
  hex(n: number): string {
    return randomHex(this.state.random, n);
  }
  float(): number {
    return randomFloat(this.state.random);
  }
  /** a random locally administered unicast MAC, as the kernel gives veths */
  randomMac(): string {
    const bytes = this.hex(12).match(/../g)!;
    bytes[0] = ((parseInt(bytes[0], 16) & 0xfe) | 0x02).toString(16).padStart(2, '0');
    return bytes.join(':');
  }
  /** a bridge MAC as Docker 20.10 sets it: 02:42 and four random bytes */
  bridgeMac(): string {
    return ['02', '42', ...this.hex(8).match(/../g)!].join(':');
  }

  // ---- kernel counters --------------------------------------------------------------------------
  nextIfIndex(): number {
    return this.state.host.nextIfIndex++;
  }
  nextNetnsId(): number {
    return this.state.host.nextNetnsId++;
  }

  // ---- events -------------------------------------------------------------------------------
  subscribe(fn: EngineListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  emit(event: EngineEvent): void {
    for (const fn of this.listeners) fn(event);
  }
}
