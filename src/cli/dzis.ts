/** Today's calendar date in Europe/Warsaw (the core's `dataWWarszawie`); `CS_DZIS=RRRR-MM-DD` overrides it. */
import { dataWWarszawie, type DataKalendarzowa, dataZTekstu } from '../core';

export function dzisWarszawa(env: Record<string, string | undefined> = {}, teraz = new Date()): DataKalendarzowa {
  return (env.CS_DZIS ? dataZTekstu(env.CS_DZIS)?.data : null) ?? dataWWarszawie(teraz);
}
