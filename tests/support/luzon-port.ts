/**
 * The port-strike laboratory shared by tests/unit/port-strike.test.ts and port-restrike.test.ts: an
 * American battle line (Arizona, Oklahoma, Nevada, Tennessee) at anchor in Luzon with the Far East
 * Air Force's 100 aircraft, USS Lexington at sea, and Akagi and Kaga with 100 aircraft each (a
 * strike of 200, about half of Kidō Butai's). Japan's "Go to war" choice raises the war flag.
 */
import type { World } from '../../src/engine';
import { labWorld, type RawScenario, withAirRules } from './lab';

export const LUZON_BATTLESHIPS = ['arizona', 'oklahoma', 'nevada', 'tennessee'];
export const STRIKE_CARRIERS = ['akagi', 'kaga'];

export function luzonPortWorld(options: {
  atWarFromTheStart: boolean;
  /** Where Lexington lies (a sea area). */
  carrierAt?: string;
  /** `rules.combat.portStrike`, if any. */
  portStrike?: RawScenario;
  /** The lab's air rules (missions within 800 nm: lab.ts `withAirRules`). */
  airMissions?: boolean;
}): World {
  const { atWarFromTheStart, carrierAt = 'timor-sea', portStrike, airMissions = false } = options;
  return labWorld((s: RawScenario) => {
    if (portStrike) s.rules.combat.portStrike = portStrike;
    if (airMissions) withAirRules(s);
    s.rules.warFlag = 'war';
    s.flags = s.flags.map((f: RawScenario) => (f.id === 'war' ? { ...f, initial: atWarFromTheStart } : f));
    s.choices.push({ id: 'strike', side: 'japan', label: 'Go to war', description: 'War and the strike.' });
    s.events.push({
      id: 'war-begins',
      title: 'War',
      trigger: { type: 'choice', choice: 'strike' },
      effects: [{ type: 'flag', flag: 'war', value: true }],
      note: 'The decision for war: it damages nothing itself.',
      source: 'T',
    });
    for (const id of LUZON_BATTLESHIPS) {
      s.forces.push({
        id,
        name: `USS ${id}`,
        side: 'allies',
        type: 'ship',
        class: 'battleship',
        location: 'luzon',
        experience: 50,
      });
    }
    s.forces.push(
      {
        id: 'luzon-air',
        name: 'Far East Air Force',
        side: 'allies',
        type: 'air',
        aircraft: 100,
        location: 'luzon',
        experience: 40,
      },
      {
        id: 'lexington',
        name: 'USS Lexington',
        side: 'allies',
        type: 'ship',
        class: 'fleet-carrier',
        location: carrierAt,
        aircraft: 70,
        experience: 60,
      },
    );
    for (const f of s.forces) if (STRIKE_CARRIERS.includes(f.id)) f.aircraft = 100;
  });
}
