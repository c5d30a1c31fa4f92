// General news vocabulary: a category people name in a question (`TV channel`) and the well-known
// members a story names instead (`Fox News`, `CNN`). Compiled from the major English-language and
// international outlets, agencies and platforms as listed on Wikipedia ("List of news television
// channels", "List of newspapers in the United States", "News agency", "List of social platforms"),
// and the usual government bodies. General data, not drawn from any corpus.
// Format, one category a line: `category, other name…: member, member…`.

export const NEWS_VOCABULARY = `
tv channel, television channel, tv network, television network, network, broadcaster, channel, television, tv: CNN, Fox News, MSNBC, NBC, ABC, CBS, PBS, CNBC, BBC, Sky News, Al Jazeera, Bloomberg, Telemundo, Univision, CBC, France 24, Deutsche Welle, RT, Newsmax, C-SPAN, ITV, Channel 4
radio, radio station: NPR, BBC, Voice of America, Radio Free Europe
newspaper, paper, daily, press: New York Times, Washington Post, Wall Street Journal, USA Today, Los Angeles Times, Guardian, Financial Times, Times, Telegraph, Le Monde, El Pais, Reforma, Miami Herald, Boston Globe, Chicago Tribune
news agency, wire service, wire, agency: Reuters, Associated Press, AP, AFP, Agence France-Presse, Bloomberg, EFE, Xinhua, TASS
magazine, outlet, publication, media: Newsweek, Time, Economist, Atlantic, New Yorker, Politico, Axios, Vox, Slate, Forbes, Reuters, Bloomberg, CNN, NBC, ABC, CBS, Fox News
social media, social network, platform, post, tweet, posted: X, Twitter, Facebook, Instagram, Truth Social, TikTok, YouTube, Telegram, Threads, Bluesky, WhatsApp
lawmakers, legislators, legislature, parliament, congress: Congress, Senate, House, senator, congressman, congresswoman, representative, lawmaker, parliament, parliamentary
military, armed forces, troops, army: Pentagon, army, navy, marines, air force, soldiers, troops, forces, military
spy agency, intelligence agency, intelligence service, spies, intelligence: CIA, NSA, MI6, MI5, Mossad, FSB, KGB, DGSE
police, law enforcement: police, FBI, DEA, ATF, sheriff, officers, agents
court, judiciary, justice: Supreme Court, judge, justices, tribunal, ICC
ship, warship, fleet, navy, vessel: destroyer, destroyers, carrier, frigate, submarine, cruiser, warship, warships, naval, navy, vessel, vessels, boat, boats
aircraft, plane, warplane: jet, fighter, bomber, drone, drones, helicopter, aircraft, planes
weapon, weapons, arms: missile, missiles, rifle, rifles, gun, guns, bomb, bombs, drone, drones, ammunition
drug, drugs, narcotics: fentanyl, cocaine, heroin, methamphetamine, meth, opioid, opioids, marijuana, cannabis
gang, gangs, criminal group, criminal organization, crime group: cartel, cartels, mafia, gang, syndicate
`;
