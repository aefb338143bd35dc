/** After the protocol (reports-and-settlement.md): school and body reports, settlement, gathering, deadlines. */
export { sprawozdanie, rodzajSprawozdania } from './operacja';
export { szablonSprawozdaniaOrganu, szablonSprawozdaniaSzkoly } from './szablony';
export { rozliczSzkole, sumaKwot, udzialWkladu } from './rozliczenie';
export { ocenZadania } from './zadania';
