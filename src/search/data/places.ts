// Countries with their capitals (and other names that stand for their government in the news) and
// their demonyms. Compiled from Wikipedia's "List of national capitals" and "List of adjectival and
// demonymic forms for countries and nations" (UN member states plus a few widely covered
// territories); the seats of government (White House, Kremlin, Downing Street…) are the common
// metonyms of English-language news. General data, not drawn from any corpus.
// Format, one country a line: `Country, other name…; capital, seat…; demonym, other…`.

export const PLACES = `
Afghanistan; Kabul; Afghan
Albania; Tirana; Albanian
Algeria; Algiers; Algerian
Andorra; Andorra la Vella; Andorran
Angola; Luanda; Angolan
Argentina; Buenos Aires, Casa Rosada; Argentine, Argentinian
Armenia; Yerevan; Armenian
Australia; Canberra; Australian
Austria; Vienna; Austrian
Azerbaijan; Baku; Azerbaijani
Bahamas; Nassau; Bahamian
Bahrain; Manama; Bahraini
Bangladesh; Dhaka; Bangladeshi
Barbados; Bridgetown; Barbadian
Belarus; Minsk; Belarusian
Belgium; Brussels; Belgian
Belize; Belmopan; Belizean
Benin; Porto-Novo; Beninese
Bhutan; Thimphu; Bhutanese
Bolivia; Sucre, La Paz; Bolivian
Bosnia and Herzegovina, Bosnia; Sarajevo; Bosnian
Botswana; Gaborone; Botswanan
Brazil; Brasilia, Planalto; Brazilian
Brunei; Bandar Seri Begawan; Bruneian
Bulgaria; Sofia; Bulgarian
Burkina Faso; Ouagadougou; Burkinabe
Burundi; Gitega; Burundian
Cambodia; Phnom Penh; Cambodian
Cameroon; Yaounde; Cameroonian
Canada; Ottawa, Parliament Hill; Canadian
Cape Verde; Praia; Cape Verdean
Central African Republic; Bangui; Central African
Chad; N'Djamena; Chadian
Chile; Santiago, La Moneda; Chilean
China; Beijing, Zhongnanhai; Chinese
Colombia; Bogota, Casa de Narino; Colombian
Comoros; Moroni; Comoran
Congo, Republic of the Congo; Brazzaville; Congolese
Democratic Republic of the Congo, DRC; Kinshasa; Congolese
Costa Rica; San Jose; Costa Rican
Croatia; Zagreb; Croatian
Cuba; Havana; Cuban
Cyprus; Nicosia; Cypriot
Czech Republic, Czechia; Prague; Czech
Denmark; Copenhagen; Danish, Dane
Djibouti; Djibouti; Djiboutian
Dominica; Roseau; Dominican
Dominican Republic; Santo Domingo; Dominican
Ecuador; Quito; Ecuadorian
Egypt; Cairo; Egyptian
El Salvador; San Salvador; Salvadoran
Equatorial Guinea; Malabo; Equatoguinean
Eritrea; Asmara; Eritrean
Estonia; Tallinn; Estonian
Eswatini, Swaziland; Mbabane; Swazi
Ethiopia; Addis Ababa; Ethiopian
Fiji; Suva; Fijian
Finland; Helsinki; Finnish, Finn
France; Paris, Elysee; French
Gabon; Libreville; Gabonese
Gambia; Banjul; Gambian
Georgia; Tbilisi; Georgian
Germany; Berlin, Bundestag, Chancellery; German
Ghana; Accra; Ghanaian
Greece; Athens; Greek
Grenada; St. George's; Grenadian
Guatemala; Guatemala City; Guatemalan
Guinea; Conakry; Guinean
Guinea-Bissau; Bissau; Bissau-Guinean
Guyana; Georgetown; Guyanese
Haiti; Port-au-Prince; Haitian
Honduras; Tegucigalpa; Honduran
Hungary; Budapest; Hungarian
Iceland; Reykjavik; Icelandic, Icelander
India; New Delhi, Delhi; Indian
Indonesia; Jakarta; Indonesian
Iran; Tehran; Iranian
Iraq; Baghdad; Iraqi
Ireland; Dublin; Irish
Israel; Jerusalem, Knesset; Israeli
Italy; Rome, Palazzo Chigi; Italian
Ivory Coast, Cote d'Ivoire; Yamoussoukro, Abidjan; Ivorian
Jamaica; Kingston; Jamaican
Japan; Tokyo; Japanese
Jordan; Amman; Jordanian
Kazakhstan; Astana; Kazakh, Kazakhstani
Kenya; Nairobi; Kenyan
Kiribati; Tarawa; I-Kiribati
Kosovo; Pristina; Kosovar
Kuwait; Kuwait City; Kuwaiti
Kyrgyzstan; Bishkek; Kyrgyz
Laos; Vientiane; Lao, Laotian
Latvia; Riga; Latvian
Lebanon; Beirut; Lebanese
Lesotho; Maseru; Basotho
Liberia; Monrovia; Liberian
Libya; Tripoli; Libyan
Liechtenstein; Vaduz; Liechtensteiner
Lithuania; Vilnius; Lithuanian
Luxembourg; Luxembourg; Luxembourgish
Madagascar; Antananarivo; Malagasy
Malawi; Lilongwe; Malawian
Malaysia; Kuala Lumpur, Putrajaya; Malaysian
Maldives; Male; Maldivian
Mali; Bamako; Malian
Malta; Valletta; Maltese
Marshall Islands; Majuro; Marshallese
Mauritania; Nouakchott; Mauritanian
Mauritius; Port Louis; Mauritian
Mexico; Mexico City, Los Pinos, National Palace; Mexican
Micronesia; Palikir; Micronesian
Moldova; Chisinau; Moldovan
Monaco; Monaco; Monegasque
Mongolia; Ulaanbaatar; Mongolian
Montenegro; Podgorica; Montenegrin
Morocco; Rabat; Moroccan
Mozambique; Maputo; Mozambican
Myanmar, Burma; Naypyidaw, Yangon; Burmese
Namibia; Windhoek; Namibian
Nauru; Yaren; Nauruan
Nepal; Kathmandu; Nepali, Nepalese
Netherlands, Holland; Amsterdam, The Hague; Dutch
New Zealand; Wellington; New Zealander
Nicaragua; Managua; Nicaraguan
Niger; Niamey; Nigerien
Nigeria; Abuja; Nigerian
North Korea; Pyongyang; North Korean
North Macedonia, Macedonia; Skopje; Macedonian
Norway; Oslo; Norwegian
Oman; Muscat; Omani
Pakistan; Islamabad; Pakistani
Palau; Ngerulmud; Palauan
Palestine, Palestinian territories; Ramallah, Gaza; Palestinian
Panama; Panama City; Panamanian
Papua New Guinea; Port Moresby; Papua New Guinean
Paraguay; Asuncion; Paraguayan
Peru; Lima; Peruvian
Philippines; Manila, Malacanang; Filipino, Philippine
Poland; Warsaw; Polish, Pole
Portugal; Lisbon; Portuguese
Qatar; Doha; Qatari
Romania; Bucharest; Romanian
Russia, Russian Federation; Moscow, Kremlin; Russian
Rwanda; Kigali; Rwandan
Saint Lucia; Castries; Saint Lucian
Samoa; Apia; Samoan
San Marino; San Marino; Sammarinese
Saudi Arabia; Riyadh; Saudi, Saudi Arabian
Senegal; Dakar; Senegalese
Serbia; Belgrade; Serbian, Serb
Seychelles; Victoria; Seychellois
Sierra Leone; Freetown; Sierra Leonean
Singapore; Singapore; Singaporean
Slovakia; Bratislava; Slovak
Slovenia; Ljubljana; Slovenian, Slovene
Solomon Islands; Honiara; Solomon Islander
Somalia; Mogadishu; Somali
South Africa; Pretoria, Cape Town; South African
South Korea; Seoul; South Korean, Korean
South Sudan; Juba; South Sudanese
Spain; Madrid, Moncloa; Spanish, Spaniard
Sri Lanka; Colombo, Sri Jayawardenepura Kotte; Sri Lankan
Sudan; Khartoum; Sudanese
Suriname; Paramaribo; Surinamese
Sweden; Stockholm; Swedish, Swede
Switzerland; Bern; Swiss
Syria; Damascus; Syrian
Taiwan; Taipei; Taiwanese
Tajikistan; Dushanbe; Tajik
Tanzania; Dodoma, Dar es Salaam; Tanzanian
Thailand; Bangkok; Thai
Timor-Leste, East Timor; Dili; Timorese
Togo; Lome; Togolese
Tonga; Nuku'alofa; Tongan
Trinidad and Tobago; Port of Spain; Trinidadian
Tunisia; Tunis; Tunisian
Turkey, Turkiye; Ankara; Turkish, Turk
Turkmenistan; Ashgabat; Turkmen
Tuvalu; Funafuti; Tuvaluan
Uganda; Kampala; Ugandan
Ukraine; Kyiv, Kiev; Ukrainian
United Arab Emirates, UAE, Emirates; Abu Dhabi; Emirati
United Kingdom, UK, Britain, Great Britain; London, Downing Street, Whitehall, Westminster; British, Briton
United States, US, America; Washington, White House, Pentagon, Capitol Hill, Foggy Bottom; American
Uruguay; Montevideo; Uruguayan
Uzbekistan; Tashkent; Uzbek
Vanuatu; Port Vila; Ni-Vanuatu
Vatican, Holy See; Vatican City; Vatican
Venezuela; Caracas, Miraflores; Venezuelan
Vietnam; Hanoi; Vietnamese
Yemen; Sanaa, Aden; Yemeni
Zambia; Lusaka; Zambian
Zimbabwe; Harare; Zimbabwean
European Union, EU; Brussels; European
`;
