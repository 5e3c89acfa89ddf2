/** The drivers this engine has built in, by type name. Remote plugins are not installed. */
import type { NetworkDriver } from './driver.ts';
import { bridgeDriver } from './bridge/bridge-driver.ts';
import { hostDriver, nullDriver } from './host-driver.ts';
import { ipvlanDriver } from './ipvlan-driver.ts';
import { macvlanDriver } from './macvlan-driver.ts';

export const DRIVERS: Record<string, NetworkDriver> = {
  bridge: bridgeDriver,
  host: hostDriver,
  null: nullDriver,
  macvlan: macvlanDriver,
  ipvlan: ipvlanDriver,
};

export function getDriver(type: string): NetworkDriver | undefined {
  return Object.prototype.hasOwnProperty.call(DRIVERS, type) ? DRIVERS[type] : undefined;
}
