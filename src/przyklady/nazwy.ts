/**
 * Name pools for the generated workbooks. Place and powiat names are real Polish names used for
 * plausibility only: the generated bodies, schools, REGONs and TERYT codes are fictitious (TERYT
 * codes are formally valid per CS-10.4 but not taken from the registry).
 */

/** Powiats of the mazowieckie voivodeship (TERYT 14xx) with their names (used for code + name pairs). */
export const POWIATY_MAZOWIECKIE: ReadonlyArray<readonly [string, string]> = [
  ['01', 'białobrzeski'], ['02', 'ciechanowski'], ['03', 'garwoliński'], ['04', 'gostyniński'],
  ['05', 'grodziski'], ['06', 'grójecki'], ['07', 'kozienicki'], ['08', 'legionowski'],
  ['09', 'lipski'], ['10', 'łosicki'], ['11', 'makowski'], ['12', 'miński'],
  ['13', 'mławski'], ['14', 'nowodworski'], ['15', 'ostrołęcki'], ['16', 'ostrowski'],
  ['17', 'otwocki'], ['18', 'piaseczyński'], ['19', 'płocki'], ['20', 'płoński'],
  ['21', 'pruszkowski'], ['22', 'przasnyski'], ['23', 'przysuski'], ['24', 'pułtuski'],
  ['25', 'radomski'], ['26', 'siedlecki'], ['27', 'sierpecki'], ['28', 'sochaczewski'],
  ['29', 'sokołowski'], ['30', 'szydłowiecki'], ['32', 'warszawski zachodni'], ['33', 'węgrowski'],
  ['34', 'wołomiński'], ['35', 'wyszkowski'], ['36', 'zwoleński'], ['37', 'żuromiński'],
  ['38', 'żyrardowski'],
];

/** Cities with county rights of mazowieckie: TERYT, the body's official name, weight of its schools. */
export const MIASTA_MAZOWIECKIE: ReadonlyArray<readonly [string, string, number]> = [
  ['1465', 'Miasto Stołeczne Warszawa', 0.58],
  ['1463', 'Gmina Miasta Radomia', 0.14],
  ['1462', 'Gmina Miasto Płock', 0.12],
  ['1464', 'Miasto Siedlce', 0.09],
  ['1461', 'Miasto Ostrołęka', 0.07],
];

/** Gmina names (nominative). */
export const GMINY: readonly string[] = [
  'Baboszewo', 'Baranów', 'Baranowo', 'Belsk Duży', 'Bieżuń', 'Bielsk', 'Błędów', 'Bodzanów', 'Borowie',
  'Brańszczyk', 'Brochów', 'Brok', 'Brudzeń Duży', 'Brwinów', 'Bulkowo', 'Cegłów', 'Celestynów',
  'Chlewiska', 'Chorzele', 'Chotcza', 'Ciepielów', 'Czarnia', 'Czerwin', 'Czerwińsk nad Wisłą',
  'Czosnów', 'Długosiodło', 'Dobre', 'Domanice', 'Drobin', 'Dzierzgowo', 'Dzierzążnia',
  'Garbatka-Letnisko', 'Gąbin', 'Glinojeck', 'Gniewoszów', 'Gołymin-Ośrodek', 'Goszczyn', 'Goworowo',
  'Gozdowo', 'Góra Kalwaria', 'Górzno', 'Grabów nad Pilicą', 'Grębków', 'Grudusk', 'Gzy', 'Huszlew',
  'Iłża', 'Jabłonna', 'Jabłonna Lacka', 'Jadów', 'Jakubów', 'Jaktorów', 'Jasieniec', 'Jastrząb',
  'Jedlińsk', 'Jedlnia-Letnisko', 'Jednorożec', 'Joniec', 'Kadzidło', 'Kałuszyn', 'Kampinos', 'Karczew',
  'Karniewo', 'Kazanów', 'Klembów', 'Kołbiel', 'Korczew', 'Korytnica', 'Kosów Lacki', 'Kotuń',
  'Kowala', 'Krasne', 'Krasnosielc', 'Kuczbork-Osada', 'Latowicz', 'Lelis', 'Leoncin', 'Lesznowola',
  'Lipowiec Kościelny', 'Liw', 'Łochów', 'Łomianki', 'Łyse', 'Maciejowice', 'Magnuszew', 'Mała Wieś',
  'Małkinia Górna', 'Miastków Kościelny', 'Michałowice', 'Młodzieszyn', 'Mordy', 'Mrozy', 'Myszyniec',
  'Nadarzyn', 'Naruszewo', 'Nasielsk', 'Nieporęt', 'Nowa Sucha', 'Nowe Miasto', 'Nowy Duninów',
  'Nowy Kawęczyn', 'Nur', 'Obryte', 'Ojrzeń', 'Olszanka', 'Olszewo-Borki', 'Opinogóra Górna', 'Orońsko',
  'Osieck', 'Ożarów Mazowiecki', 'Pacyna', 'Paprotnia', 'Parysów', 'Pilawa', 'Platerów', 'Pniewy',
  'Pokrzywnica', 'Policzna', 'Potworów', 'Prażmów', 'Przesmyki', 'Przytyk', 'Puszcza Mariańska',
  'Raciąż', 'Radzanowo', 'Radziejowice', 'Regimin', 'Rościszewo', 'Rusinów', 'Rybno', 'Rząśnik',
  'Rzekuń', 'Rzewnie', 'Sadowne', 'Sanniki', 'Sarnaki', 'Siemiątkowo', 'Siennica', 'Sienno',
  'Skaryszew', 'Słubice', 'Sobienie-Jeziory', 'Sobolew', 'Sochocin', 'Somianka', 'Sońsk', 'Stanisławów',
  'Stara Biała', 'Stara Błotnica', 'Stary Lubotyń', 'Stoczek', 'Strachówka', 'Stromiec', 'Strzegowo',
  'Stupsk', 'Sypniewo', 'Szelków', 'Szulborze Wielkie', 'Szydłowo', 'Świercze', 'Tarczyn', 'Tczów',
  'Teresin', 'Troszyn', 'Trojanów', 'Tłuszcz', 'Wąsewo', 'Wieczfnia Kościelna', 'Wierzbica', 'Wieniawa',
  'Wilga', 'Winnica', 'Wiśniewo', 'Wodynie', 'Wolanów', 'Wyśmierzyce', 'Wyszogród', 'Zabrodzie',
  'Zakroczym', 'Załuski', 'Zatory', 'Zawidz', 'Zbuczyn', 'Zielonka', 'Żabia Wola', 'Żelechów',
];

/** Village names in the locative, for rural school names ("Szkoła Podstawowa w …"). */
export const WSIE_MIEJSCOWNIK: readonly string[] = [
  'Dąbrówce', 'Zalesiu', 'Woli Rębkowskiej', 'Górkach', 'Brzozowie', 'Lipinach', 'Kamionce', 'Rudzie',
  'Borkach', 'Nowej Wsi', 'Starej Wsi', 'Zawadach', 'Łazach', 'Olszynie', 'Dębinie', 'Grabowie',
  'Wiśniewie', 'Krzywdzie', 'Wólce Mlądzkiej', 'Józefowie', 'Antoninie', 'Michałowie', 'Pogorzeli',
  'Kruszewie', 'Gostyni', 'Kozłowie', 'Chotomowie', 'Rybienku', 'Brzezinach', 'Kępie Polskiej',
  'Mostówce', 'Rososzy', 'Lipnikach', 'Skrzynkach', 'Cisiu', 'Zagościńcu', 'Łaziskach', 'Mroczkach',
  'Przyłękach', 'Ostrówku', 'Kamieńczyku', 'Pniewniku', 'Budach Zosinych', 'Stanisławicach', 'Grzybowie',
  'Żelaznej', 'Magdalence', 'Pęcicach', 'Wiązownie', 'Gliniance', 'Duchnowie', 'Sulejówku Starym',
  'Czarnowie', 'Boguszycach', 'Jeziorze', 'Sokolnikach', 'Wólce Załęskiej', 'Gołąbkach', 'Strzyżewie',
  'Nowym Kiełbowie', 'Kołakowie', 'Rakowcu', 'Zwierzyńcu', 'Dobrzykowie', 'Trzciance', 'Wielgolesie',
  'Jaworowie', 'Krępie', 'Ruskowym Borze', 'Osinach', 'Podgórzu', 'Sielcu', 'Zaborowie', 'Ługach',
];

export const PATRONI: readonly string[] = [
  'Jana Pawła II', 'Marii Konopnickiej', 'Henryka Sienkiewicza', 'Adama Mickiewicza', 'Tadeusza Kościuszki',
  'Józefa Piłsudskiego', 'Kornela Makuszyńskiego', 'Janusza Korczaka', 'Marii Skłodowskiej-Curie',
  'Fryderyka Chopina', 'Bolesława Prusa', 'Stefana Żeromskiego', 'Orła Białego', 'Polskich Olimpijczyków',
  'Armii Krajowej', 'Szarych Szeregów', 'Jana Brzechwy', 'Juliana Tuwima', 'Kardynała Stefana Wyszyńskiego',
  'Władysława Reymonta', 'Jana Kochanowskiego', 'Ignacego Jana Paderewskiego', 'Mikołaja Kopernika',
  'Józefa Wybickiego', 'Królowej Jadwigi', 'Bohaterów Westerplatte', 'Kawalerów Orderu Uśmiechu',
  'Janusza Kusocińskiego', 'Ireny Sendlerowej', 'Marszałka Józefa Piłsudskiego', 'Cypriana Kamila Norwida',
  'Juliusza Słowackiego', 'Ks. Jerzego Popiełuszki', 'Gen. Władysława Sikorskiego', 'Żołnierzy Wyklętych',
];

export const SKLAD_ZESPOLU = [
  'Elżbieta Kamińska (przewodnicząca)',
  'Tomasz Lewandowski',
  'Agnieszka Dąbrowska',
  'Krzysztof Wójcik',
  'Małgorzata Szymańska',
];
