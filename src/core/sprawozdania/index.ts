/** After the protocol (reports-and-settlement.md): school and body reports, settlement, gathering, deadlines. */
export { sprawozdanie } from './operacja';
export { rodzajSprawozdania } from './rodzaj';
export { zbierz } from './zbierz';
export type { ZrodloZbierania } from './zrodla';
export { szablonSprawozdaniaOrganu, szablonSprawozdaniaSzkoly } from './szablony';
export { rozliczSzkole, sumaKwot, udzialWkladu } from './rozliczenie';
export { ocenZadania } from './zadania';
