"""What a capitalised name can be besides an organisation: a person, a foreign place, a common word.

Data only (folded: lowercase, no accents), read by the organisation rules to keep people, places and page words out
of the organisations they discover.
"""

from __future__ import annotations

# First names common in the Moroccan, French, Spanish and English press: "Karim Bernoussi" is a person.
FIRST_NAMES = frozenset(
    """
    abdelaziz abdelhak abdelhamid abdelilah abdelkader abdellatif abdelmajid abdelouahed abderrahim abderrahmane
    abderrafie abdeslam abdou abdellah abdallah achraf adil adnane ahmed aicha aziz aziza amal amine amina amel
    anas anass asmaa ayoub aziz badr bouchra brahim chafik chakib chaouki dounia driss fadoua fadwa fatima
    fatiha fatim fouad ghita hajar hakim halima hamid hamza hanae hassan hicham hind houda houssine ilham imane
    imad ismail issam jalal jamal jamila kamal karim karima khadija khalid laila latifa leila loubna mehdi meriem
    mohamed mohammed mohcine mokhtar moncef mostafa moulay mounir mourad mustapha nabil nadia nadir naima najib
    najat nawal nezha noureddine omar othmane ouafae rachid rachida reda rida saad saadia sabah said saida salah
    salma saloua samir samira sanaa sara sarah soufiane souhail taoufik tarik yasmine yassine youssef younes zakaria
    zineb zoubir abdelali abdelghani abdessamad ali aymane badreddine bilal el hassane hatim ibrahim idriss jawad
    kenza lahcen larbi lamia maryam mounia nour oussama rajaa rkia saloua sami siham tahar walid wafaa yahya
    jean pierre paul jacques michel philippe alain francois nicolas olivier patrick christophe thierry eric laurent
    frederic sebastien julien stephane didier bruno denis gilles herve pascal vincent yves marc luc guillaume
    antoine emmanuel louis marie anne sophie isabelle catherine nathalie sylvie christine valerie sandrine celine
    claire julie laure helene agnes evelyne brigitte veronique caroline aurelie camille
    jose juan carlos antonio manuel francisco javier luis miguel pedro pablo maria carmen ana lucia
    john james robert michael william david richard thomas charles daniel matthew mark steven andrew george
    peter tom tony chris kevin brian jason ryan mary patricia jennifer linda elizabeth susan jessica karen
    emily emma laura rachel angelina ruth heba mike
    """.split()
)

# Words before a name that make it a person's: "M. X", "Mme X".
HONORIFICS = frozenset("m mme mlle mr mrs ms dr pr me sm sar monsieur madame docteur professeur".split())

# Roles: before a name ("le président Karim X") or in apposition after it ("Karim X, président de ...").
PERSON_ROLES = frozenset(
    """
    president presidente directeur directrice ministre pdg dg ceo cfo coo cto fondateur fondatrice cofondateur
    cofondatrice patron patronne responsable porte-parole chef gouverneur wali maire secretaire ambassadeur
    ambassadrice conseiller conseillere minister chairman chairwoman founder co-founder director manager
    spokesman spokeswoman spokesperson chief analyst economist governor mayor ambassador secretary deputy
    vice-president administrateur administratrice delegue deleguee
    """.split()
)
PERSON_TITLES = HONORIFICS | PERSON_ROLES


# Countries and foreign cities the press names next to Morocco (Moroccan places are the gazetteer's).
FOREIGN_PLACES = frozenset(
    """
    france espagne spain portugal italie italy belgique belgium suisse switzerland allemagne germany
    royaume-uni uk angleterre england irlande ireland pays-bas netherlands hollande luxembourg autriche austria
    pologne poland roumanie romania bulgarie bulgaria hongrie hungary serbie serbia slovaquie slovakia grece greece
    ukraine russie russia turquie turkey albanie albania tunisie tunisia algerie algeria libye libya egypte egypt
    mauritanie mauritania senegal mali cameroun cameroon nigeria ghana kenya madagascar maurice mauritius
    rwanda ethiopie ethiopia gabon benin togo niger tchad congo angola afrique africa europe asie asia amerique
    america canada quebec usa etats-unis mexique mexico bresil brazil argentine argentina colombie colombia
    chili chile perou peru inde india chine china japon japan philippines vietnam indonesie indonesia
    emirats qatar arabie saoudite dubai israel jordanie liban
    paris lyon marseille toulouse lille bordeaux nantes nice strasbourg montpellier rennes dreux
    madrid barcelone barcelona seville valence valencia malaga bilbao lisbonne lisbon londres london bruxelles
    brussels geneve geneva rome milan berlin francfort frankfurt amsterdam dublin varsovie bucarest
    tunis sfax alger oran tripoli caire cairo dakar abidjan douala yaounde antananarivo port-louis lagos accra
    nairobi kigali new-york washington montreal toronto manille manila bangalore mumbai delhi pekin beijing
    shanghai tokyo istanbul ankara thies ceuta melilla middle-east moyen-orient north-africa afrique-du-nord
    sub-saharan-africa afrique-subsaharienne
    """.split()
)

# Capitalised words that start names often but are no organisation by themselves.
COMMON_CAPITALISED = frozenset(
    """
    le la les l un une des du de d ce cet cette ces il elle ils elles on nous vous je tu son sa ses leur leurs
    mon ma mes notre nos votre vos au aux en et ou mais donc or ni car que qui quoi dont ou selon parmi pour par
    sur sous dans avec sans chez entre apres avant depuis pendant lors vers contre
    the a an it its this that these those they we he she his her their our in on at of for with by from to as
    and or but after before since during according among
    maroc morocco royaume kingdom etat state gouvernement government roi king sa majeste
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    january february march april may june july august september october november december
    lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday
    covid covid-19 internet web offshoring nearshoring outsourcing bpo crm ito kpo eso it rh hr
    """.split()
)

# Acronyms of the trade and of everyday economics: no organisation.
GENERIC_ACRONYMS = frozenset(
    """
    bpo crm ito kpo eso hro it ti tic ntic rh hr ceo pdg dg drh cdi cdd smig smic pib gdp ide fdi tva is ir pme tpe
    sa sarl sas rse csr kpi sla ia ai usa us uk ue eu mena covid ppp btp mad dh dhs mdh mmdh mds usd eur km m2 ht
    ttc rn gmt utc pdf html faq cv bac ok tv vip sms gsm adsl vs etc ca ii iii iv vi vii viii ix xi xii xx xxi
    cx ux cc qa hq nb ps pc mw gw un ong ngo mre can ebitda musd meur mmusd mmeur ssii esn ict cagr ipo emea apac
    pai p2i opex capex roi pnb bfr ttm yoy ytd fy ceo cfo hr ana
    """.split()
)

# Words a name needs more than: "Global Services", "Maroc Digital", "Moroccan", "Business Process Outsourcing".
GENERIC_WORDS = frozenset(
    """
    global digital new national international nationale internationale moroccan marocain marocaine morocco's
    german british canadian italian swedish dutch belgian swiss japanese chinese indian tunisian egyptian senegalese
    franco-marocain german-moroccan
    african africaine africain european europeenne europeen french francais francaise spanish espagnol american
    americain us offshoring outsourcing nearshoring services service business process customer experience center
    centre centres call calls contact contacts academy group groupe company solutions technologies technology
    systems digitale numerique plan strategie strategy programme program vision pacte emergence acceleration
    industrial industriel industrielle offshore shore park parc zone tech it relation client clients management
    consulting finance capital partners holding sa sarl sas inc ltd corp corporation telecom telecoms bank banque
    assurance assurances insurance industries logistics energy communications interactive software data
    """.split()
)
