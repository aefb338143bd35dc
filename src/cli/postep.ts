/** A progress bar on stderr, drawn only when stderr is a terminal (WB-4); phases share the 0–100 % range. */
import type { Jezyk } from '../core';
import { wJezyku, type Tekst } from './tekst';
import type { Strumien } from './wejscieWyjscie';

const SZEROKOSC = 28;
const ODSTEP_MS = 100;

export class Postep {
  private od = 0;
  private do = 0;
  private ulamek = 0;
  private etykieta = '';
  private opisRdzenia = '';
  private ostatnio = 0;
  private start = Date.now();
  private zegar: ReturnType<typeof setInterval> | null = null;
  private narysowany = false;

  constructor(
    private readonly strumien: Strumien,
    private readonly aktywny: boolean,
    private readonly jezyk: Jezyk,
  ) {
    if (aktywny) {
      this.zegar = setInterval(() => this.rysuj(true), 500);
      this.zegar.unref?.();
    }
  }

  /** Starts a phase covering [od, do] of the bar. */
  etap(nazwa: Tekst, od: number, doUlamka: number): void {
    this.od = od;
    this.do = doUlamka;
    this.ulamek = 0;
    this.etykieta = wJezyku(nazwa, this.jezyk);
    this.opisRdzenia = '';
    this.start = Date.now();
    this.rysuj(true);
  }

  /** Progress inside the current phase (0..1); `opis` = the core's step name. */
  ustaw(ulamek: number, opis = ''): void {
    this.ulamek = Math.min(1, Math.max(0, ulamek));
    this.opisRdzenia = opis;
    this.rysuj(false);
  }

  zakoncz(): void {
    if (this.zegar) clearInterval(this.zegar);
    this.zegar = null;
    if (this.aktywny && this.narysowany) this.strumien.write('\r\x1b[K');
    this.narysowany = false;
  }

  private rysuj(wymus: boolean): void {
    if (!this.aktywny) return;
    const teraz = Date.now();
    if (!wymus && teraz - this.ostatnio < ODSTEP_MS) return;
    this.ostatnio = teraz;
    const calosc = this.od + (this.do - this.od) * this.ulamek;
    const pelne = Math.round(calosc * SZEROKOSC);
    const sekundy = Math.floor((teraz - this.start) / 1000);
    const czas = sekundy >= 2 ? ` (${sekundy} s)` : '';
    const opis = this.opisRdzenia ? ` — ${this.opisRdzenia}` : '';
    const szer = Math.max(20, (this.strumien.columns ?? 80) - 1);
    const linia = `[${'█'.repeat(pelne)}${'░'.repeat(SZEROKOSC - pelne)}] ${String(Math.round(calosc * 100)).padStart(3)}%  ${this.etykieta}${opis}${czas}`;
    this.strumien.write(`\r\x1b[K${linia.slice(0, szer)}`);
    this.narysowany = true;
  }
}
