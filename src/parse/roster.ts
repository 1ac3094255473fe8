export type { Roster, RosterMember } from '../model/index.js';
