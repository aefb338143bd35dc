/** Whether the section around a component is the visible tab (hidden sections stay mounted but idle). */
import { createContext, useContext } from 'react';

export const WidocznoscSekcji = createContext(true);

export function useWidoczna(): boolean {
  return useContext(WidocznoscSekcji);
}
