package app.leadkeeper.demo;

import static app.leadkeeper.demo.DemoCulture.NameOrder.FAMILY_FIRST_JOINED;
import static app.leadkeeper.demo.DemoCulture.NameOrder.FAMILY_FIRST_SPACED;
import static app.leadkeeper.demo.DemoCulture.NameOrder.GIVEN_FIRST;

import app.leadkeeper.demo.DemoCulture.NameOrder;
import java.util.List;

/**
 * The people of the demo data, in several scripts: English, German, French, Spanish, Polish, Cyrillic, Greek,
 * Japanese, Chinese and Arabic. Weights are rough shares of all demo leads.
 */
final class DemoCultures {
    private DemoCultures() {}

    static final List<DemoCulture> ALL = List.of(
            culture(
                    "English",
                    30,
                    GIVEN_FIRST,
                    List.of(
                            DemoRegion.of(
                                    "US",
                                    60,
                                    "com",
                                    "New York@America/New_York, Boston, Atlanta, Miami, Chicago@America/Chicago, Austin,"
                                            + " Denver@America/Denver, Seattle@America/Los_Angeles, San Francisco, Portland",
                                    "gmail.com gmail.com yahoo.com outlook.com aol.com icloud.com hotmail.com",
                                    "Inc.|LLC|LLC|Co."),
                            DemoRegion.of(
                                    "GB",
                                    22,
                                    "co.uk",
                                    "London@Europe/London, Manchester, Bristol, Leeds, Edinburgh, Birmingham",
                                    "gmail.com btinternet.com hotmail.co.uk yahoo.co.uk outlook.com",
                                    "Ltd|Ltd|LLP"),
                            DemoRegion.of(
                                    "IE", 5, "ie", "Dublin@Europe/Dublin, Cork, Galway", "gmail.com eircom.net", "Ltd"),
                            DemoRegion.of(
                                    "AU",
                                    8,
                                    "com.au",
                                    "Sydney@Australia/Sydney, Melbourne@Australia/Melbourne, Brisbane@Australia/Brisbane,"
                                            + " Perth@Australia/Perth",
                                    "gmail.com bigpond.com outlook.com",
                                    "Pty Ltd"),
                            DemoRegion.of(
                                    "CA",
                                    5,
                                    "ca",
                                    "Toronto@America/Toronto, Ottawa, Vancouver@America/Vancouver, Calgary@America/Edmonton",
                                    "gmail.com rogers.com outlook.com",
                                    "Inc.|Ltd.")),
                    "Emily, Olivia, Sarah, Jessica, Ashley, Emma, Hannah, Megan, Lauren, Rachel, Amanda, Sophie, Chloe,"
                            + " Grace, Charlotte, Amelia, Jennifer, Michelle, Rebecca, Katie, Anna, Mary, Laura, Kimberly,"
                            + " Marcia, Siobhan",
                    "James, John, Michael, David, Daniel, Matthew, Christopher, Andrew, Joshua, Ryan, Thomas, William,"
                            + " Oliver, Jack, Harry, George, Benjamin, Samuel, Robert, Kevin, Brian, Mark, Jason, Patrick",
                    "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Taylor, Anderson, Thomas, Moore,"
                            + " Jackson, White, Harris, Martin, Thompson, Clarke, Walker, Wright, Robinson, Hughes, Evans,"
                            + " Roberts, O'Brien=obrien, O'Connor=oconnor, Murphy, Kelly, Campbell, Stewart, Baker, Green,"
                            + " Hall, Lewis, Young, King, Scott, Adams, Nelson, Mitchell, Carter, Reed, Garcia",
                    "Greenfield Dental Care, Baker & Sons Plumbing, Maple Street Bakery, Bright Path Consulting,"
                            + " Harbor View Realty, Summit Roofing=summit-roofing, Blue Ridge Outfitters,"
                            + " Clearwater Accounting, Riverside Photography, Oak & Ivy Interiors=oakandivy",
                    "",
                    "Hi, could you send me your pricing for a team of 12?|We'd like a demo next week. Thanks!"
                            + "|Interested in the \"Pro\" plan.\nBest regards|Please call me back after 3pm."),
            culture(
                    "German",
                    12,
                    GIVEN_FIRST,
                    List.of(
                            DemoRegion.of(
                                    "DE",
                                    75,
                                    "de",
                                    "Berlin@Europe/Berlin, Hamburg, München, Köln, Frankfurt am Main, Stuttgart,"
                                            + " Düsseldorf, Leipzig, Dresden, Nürnberg",
                                    "web.de gmx.de t-online.de gmail.com gmx.net",
                                    "GmbH|GmbH|GmbH & Co. KG|AG|e.K.|UG (haftungsbeschränkt)"),
                            DemoRegion.of(
                                    "AT",
                                    15,
                                    "at",
                                    "Wien@Europe/Vienna, Graz, Linz, Salzburg",
                                    "gmx.at gmail.com aon.at",
                                    "GmbH|OG"),
                            DemoRegion.of(
                                    "CH",
                                    10,
                                    "ch",
                                    "Zürich@Europe/Zurich, Basel, Bern, Luzern",
                                    "bluewin.ch gmx.ch gmail.com",
                                    "AG|GmbH")),
                    "Anna, Lena, Julia, Laura, Katharina, Sophie, Hannah, Jana, Sabine, Petra, Claudia, Ursula, Birgit,"
                            + " Heike, Franziska, Lea, Marie, Johanna, Käthe=kaethe, Jördis=joerdis",
                    "Lukas, Jonas, Leon, Felix, Maximilian, Paul, Tobias, Florian, Stefan, Thomas, Michael, Andreas,"
                            + " Markus, Jürgen=juergen, Jörg=joerg, Uwe, Sebastian, Matthias, Dieter, Björn=bjoern,"
                            + " Günther=guenther, Klaus, Wolfgang, Tim",
                    "Müller=mueller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann,"
                            + " Schäfer=schaefer, Koch, Bauer, Richter, Klein, Wolf, Schröder=schroeder, Neumann, Schwarz,"
                            + " Zimmermann, Braun, Krüger=krueger, Hofmann, Hartmann, Lange, Weiß=weiss, Köhler=koehler,"
                            + " Jäger=jaeger, Groß=gross, Vogel",
                    "Müller Haustechnik=mueller-haustechnik, Bäckerei Schmidt=baeckerei-schmidt,"
                            + " Autohaus König=autohaus-koenig, Zahnarztpraxis Dr. Weber=praxis-weber,"
                            + " Fischer & Söhne=fischer-soehne, Brauhaus am Markt=brauhaus-am-markt,"
                            + " Nordlicht Medien=nordlicht-medien, Elbufer Immobilien=elbufer-immobilien",
                    "Geschäftsführer|Geschäftsführerin|Inhaber|Leiterin Marketing|Vertriebsleiter|Einkaufsleiter|Prokurist",
                    "Bitte um Rückruf.|Wir suchen eine Lösung für unser Team (12 Personen). Was kostet das?"
                            + "|Gibt es eine Demo, z. B. am Dienstag?"),
            culture(
                    "French",
                    9,
                    GIVEN_FIRST,
                    List.of(
                            DemoRegion.of(
                                    "FR",
                                    80,
                                    "fr",
                                    "Paris@Europe/Paris, Lyon, Marseille, Toulouse, Bordeaux, Lille, Nantes, Nice, Strasbourg",
                                    "orange.fr free.fr laposte.net gmail.com hotmail.fr sfr.fr",
                                    "SARL|SAS|SA|EURL"),
                            DemoRegion.of(
                                    "BE",
                                    12,
                                    "be",
                                    "Bruxelles@Europe/Brussels, Liège, Namur, Charleroi",
                                    "skynet.be gmail.com proximus.be",
                                    "SRL|SA"),
                            DemoRegion.of(
                                    "CA",
                                    8,
                                    "ca",
                                    "Montréal@America/Toronto, Québec",
                                    "videotron.ca gmail.com hotmail.com",
                                    "Inc.|ltée")),
                    "Camille, Chloé, Léa, Manon, Inès, Sarah, Julie, Émilie, Céline, Sophie, Nathalie, Isabelle, Hélène,"
                            + " Mathilde, Margaux, Élodie, Aurélie, Amélie, Anaïs, Clémence",
                    "Lucas, Hugo, Louis, Théo, Nathan, Julien, Nicolas, Mathieu, Antoine, François, Jérôme, Sébastien,"
                            + " Stéphane, Frédéric, Benoît, Grégoire, Rémi, Étienne, Pierre, Olivier",
                    "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,"
                            + " Lefèvre, Michel, Fournier, Girard, Bonnet, Dupont, Lambert, Fontaine, Rousseau, Vincent,"
                            + " Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier, Legrand, Gauthier, Perrin, Clément,"
                            + " Morin, Marchand, Duval, Lemaire, Noël",
                    "Boulangerie Dupont, Cabinet Lefèvre Avocats=cabinet-lefevre, Atelier Lumière=atelier-lumiere,"
                            + " Les Jardins de Provence=jardins-provence, Garage Moreau, Éditions du Midi=editions-midi",
                    "Directeur commercial|Directrice marketing|Gérant|Gérante|Responsable des achats|Chef de projet|PDG",
                    "Merci de me recontacter.|Pouvez-vous m'envoyer un devis ?"
                            + "|Je souhaiterais une démonstration, s'il vous plaît."),
            culture(
                    "Spanish",
                    11,
                    GIVEN_FIRST,
                    List.of(
                            DemoRegion.of(
                                    "ES",
                                    45,
                                    "es",
                                    "Madrid@Europe/Madrid, Barcelona, Valencia, Sevilla, Málaga, Bilbao, Zaragoza",
                                    "gmail.com hotmail.es yahoo.es telefonica.net outlook.es",
                                    "S.L.|S.L.|S.A."),
                            DemoRegion.of(
                                    "MX",
                                    30,
                                    "com.mx",
                                    "Ciudad de México@America/Mexico_City, Guadalajara, Puebla, Monterrey@America/Monterrey",
                                    "gmail.com hotmail.com prodigy.net.mx outlook.com",
                                    "S.A. de C.V.|S. de R.L."),
                            DemoRegion.of(
                                    "AR",
                                    15,
                                    "com.ar",
                                    "Buenos Aires@America/Argentina/Buenos_Aires, Rosario, Córdoba@America/Argentina/Cordoba",
                                    "gmail.com hotmail.com.ar fibertel.com.ar",
                                    "S.R.L.|S.A."),
                            DemoRegion.of(
                                    "CO",
                                    10,
                                    "com.co",
                                    "Bogotá@America/Bogota, Medellín, Cali",
                                    "gmail.com hotmail.com",
                                    "S.A.S.")),
                    "María, Lucía, Sofía, Paula, Martina, Carmen, Ana, Laura, Isabel, Elena, Marta, Cristina, Valentina,"
                            + " Camila, Daniela, Ximena, Guadalupe, Begoña, Inés, Pilar",
                    "José, Antonio, Juan, Manuel, Francisco, David, Javier, Carlos, Miguel, Alejandro, Pablo, Diego,"
                            + " Sergio, Jorge, Andrés, Santiago, Matías, Joaquín, Ramón, Íñigo",
                    "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez,"
                            + " Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres,"
                            + " Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Núñez, Peña, Castillo, Ortega,"
                            + " Rubio, Ibáñez",
                    "Construcciones Peña=construcciones-pena, Clínica Dental Sonrisa=clinica-sonrisa,"
                            + " Talleres Gómez=talleres-gomez, Panadería La Espiga=la-espiga,"
                            + " Inmobiliaria del Sol=inmosol, Bodegas Ribera=bodegas-ribera",
                    "Director Comercial|Directora de Marketing|Gerente General|Jefe de Compras|Responsable de Ventas",
                    "Por favor, envíenme más información.|¿Tienen descuento para ONG?|Necesito un presupuesto, gracias."),
            culture(
                    "Polish",
                    6,
                    GIVEN_FIRST,
                    List.of(DemoRegion.of(
                            "PL",
                            100,
                            "pl",
                            "Warszawa@Europe/Warsaw, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Szczecin, Lublin, Katowice",
                            "wp.pl onet.pl o2.pl interia.pl gmail.com",
                            "Sp. z o.o.|Sp. z o.o.|S.A.|s.c.")),
                    "Anna, Katarzyna, Małgorzata, Agnieszka, Barbara, Ewa, Magdalena, Joanna, Aleksandra, Zofia, Monika,"
                            + " Beata, Żaneta, Grażyna, Jadwiga, Natalia, Weronika",
                    "Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Michał, Marcin, Łukasz, Jakub, Grzegorz, Mateusz,"
                            + " Wojciech, Rafał, Zbigniew, Jarosław, Przemysław, Bartłomiej",
                    "Nowak, Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska,"
                            + " Lewandowski/Lewandowska, Zieliński/Zielińska, Szymański/Szymańska, Woźniak,"
                            + " Dąbrowski/Dąbrowska, Kozłowski/Kozłowska, Jankowski/Jankowska, Mazur, Krawczyk,"
                            + " Piotrowski/Piotrowska, Grabowski/Grabowska, Pawłowski/Pawłowska, Michalski/Michalska,"
                            + " Król, Wieczorek, Jabłoński/Jabłońska, Majewski/Majewska, Olszewski/Olszewska, Stępień,"
                            + " Jaworski/Jaworska",
                    "Piekarnia Złoty Kłos=zloty-klos, Zakład Stolarski Nowak=stolarz-nowak,"
                            + " Biuro Rachunkowe Bilans=bilans, Gabinet Stomatologiczny Uśmiech=gabinet-usmiech,"
                            + " Hurtownia Żuraw=zuraw",
                    "Prezes Zarządu|Dyrektor Sprzedaży|Kierownik Zakupów|Właściciel|Specjalistka ds. Marketingu",
                    "Proszę o kontakt telefoniczny.|Czy jest wersja próbna?|Proszę o ofertę dla 5 użytkowników."),
            culture(
                    "Cyrillic",
                    7,
                    GIVEN_FIRST,
                    List.of(
                            DemoRegion.of(
                                    "RU",
                                    70,
                                    "ru",
                                    "Москва@Europe/Moscow, Санкт-Петербург, Казань, Новосибирск@Asia/Novosibirsk,"
                                            + " Екатеринбург@Asia/Yekaterinburg",
                                    "yandex.ru mail.ru gmail.com rambler.ru",
                                    "LLC|JSC"),
                            DemoRegion.of(
                                    "UA",
                                    20,
                                    "com.ua",
                                    "Київ@Europe/Kyiv, Харків, Львів, Одеса",
                                    "ukr.net gmail.com i.ua",
                                    "LLC"),
                            DemoRegion.of(
                                    "KZ", 10, "kz", "Алматы@Asia/Almaty, Астана", "mail.kz gmail.com mail.ru", "LLP")),
                    "Анна=anna, Мария=maria, Елена=elena, Ольга=olga, Наталья=natalya, Татьяна=tatyana, Ирина=irina,"
                            + " Светлана=svetlana, Екатерина=ekaterina, Юлия=yulia, Анастасия=anastasia, Дарья=darya,"
                            + " Ксения=ksenia, Алёна=alena, Людмила=lyudmila",
                    "Александр=alexander, Сергей=sergey, Дмитрий=dmitry, Андрей=andrey, Алексей=alexey, Иван=ivan,"
                            + " Михаил=mikhail, Николай=nikolay, Владимир=vladimir, Павел=pavel, Евгений=evgeny,"
                            + " Артём=artem, Максим=maxim, Игорь=igor, Юрий=yury",
                    "Иванов/Иванова=ivanov/ivanova, Смирнов/Смирнова=smirnov/smirnova,"
                            + " Кузнецов/Кузнецова=kuznetsov/kuznetsova, Попов/Попова=popov/popova,"
                            + " Васильев/Васильева=vasiliev/vasilieva, Петров/Петрова=petrov/petrova,"
                            + " Соколов/Соколова=sokolov/sokolova, Михайлов/Михайлова=mikhailov/mikhailova,"
                            + " Новиков/Новикова=novikov/novikova, Фёдоров/Фёдорова=fedorov/fedorova,"
                            + " Морозов/Морозова=morozov/morozova, Волков/Волкова=volkov/volkova,"
                            + " Лебедев/Лебедева=lebedev/lebedeva, Козлов/Козлова=kozlov/kozlova,"
                            + " Шевченко=shevchenko, Бондаренко=bondarenko, Коваленко=kovalenko, Ткаченко=tkachenko",
                    "ООО «Северный ветер»=severny-veter, ООО «Техносервис»=tekhnoservis, АО «Волга-Трейд»=volga-trade,"
                            + " ИП Смирнов=ip-smirnov, ООО «Альфа Логистик»=alfa-logistik",
                    "Генеральный директор|Коммерческий директор|Менеджер по продажам|Руководитель отдела маркетинга"
                            + "|Главный бухгалтер",
                    "Пожалуйста, перезвоните мне.|Интересует демонстрация системы."
                            + "|Пришлите, пожалуйста, коммерческое предложение."),
            culture(
                    "Greek",
                    4,
                    GIVEN_FIRST,
                    List.of(
                            DemoRegion.of(
                                    "GR",
                                    85,
                                    "gr",
                                    "Αθήνα@Europe/Athens, Θεσσαλονίκη, Πάτρα, Ηράκλειο",
                                    "gmail.com yahoo.gr otenet.gr hotmail.com",
                                    "S.A.|IKE"),
                            DemoRegion.of(
                                    "CY",
                                    15,
                                    "com.cy",
                                    "Λευκωσία@Asia/Nicosia, Λεμεσός",
                                    "cytanet.com.cy gmail.com",
                                    "Ltd")),
                    "Μαρία=maria, Ελένη=eleni, Αικατερίνη=aikaterini, Βασιλική=vasiliki, Σοφία=sofia,"
                            + " Γεωργία=georgia, Δήμητρα=dimitra, Αναστασία=anastasia, Χριστίνα=christina, Ιωάννα=ioanna",
                    "Γιώργος=giorgos, Κωνσταντίνος=konstantinos, Δημήτρης=dimitris, Νίκος=nikos, Γιάννης=giannis,"
                            + " Παναγιώτης=panagiotis, Χρήστος=christos, Βασίλης=vasilis, Αλέξανδρος=alexandros,"
                            + " Μιχάλης=michalis",
                    "Παπαδόπουλος/Παπαδοπούλου=papadopoulos/papadopoulou, Παπαδάκης/Παπαδάκη=papadakis/papadaki,"
                            + " Γεωργίου=georgiou, Οικονόμου=oikonomou, Νικολάου=nikolaou, Βασιλείου=vasileiou,"
                            + " Παπανικολάου=papanikolaou, Δημητρίου=dimitriou, Ιωάννου=ioannou, Αντωνίου=antoniou,"
                            + " Καραγιάννης/Καραγιάννη=karagiannis/karagianni, Μακρής/Μακρή=makris/makri,"
                            + " Πετρόπουλος/Πετροπούλου=petropoulos/petropoulou",
                    "Ελληνικά Τρόφιμα ΑΕ=ellinika-trofima, Αιγαίο Ταξίδια=aigaio-travel,"
                            + " Ολυμπία Κατασκευές=olympia-kataskeves",
                    "Διευθύνων Σύμβουλος|Διευθυντής Πωλήσεων|Υπεύθυνη Marketing",
                    "Παρακαλώ επικοινωνήστε μαζί μου.|Θα ήθελα μια προσφορά."),
            culture(
                    "Japanese",
                    5,
                    FAMILY_FIRST_SPACED,
                    List.of(DemoRegion.of(
                            "JP",
                            100,
                            "co.jp",
                            "東京@Asia/Tokyo, 大阪, 横浜, 名古屋, 札幌, 福岡, 京都",
                            "yahoo.co.jp gmail.com docomo.ne.jp icloud.com outlook.jp",
                            "K.K.|Co., Ltd.")),
                    "陽子=yoko, 美咲=misaki, さくら=sakura, 由美=yumi, 恵=megumi, 愛=ai, 花子=hanako, 真由美=mayumi,"
                            + " 優子=yuko, 彩=aya",
                    "太郎=taro, 翔太=shota, 健太=kenta, 大輔=daisuke, 拓也=takuya, 直樹=naoki, 浩=hiroshi, 誠=makoto,"
                            + " 隆=takashi, 健一=kenichi",
                    "佐藤=sato, 鈴木=suzuki, 高橋=takahashi, 田中=tanaka, 伊藤=ito, 渡辺=watanabe, 山本=yamamoto,"
                            + " 中村=nakamura, 小林=kobayashi, 加藤=kato, 吉田=yoshida, 山田=yamada, 山口=yamaguchi,"
                            + " 松本=matsumoto, 井上=inoue",
                    "株式会社山田製作所=yamada-seisakusho, 有限会社さくら商事=sakura-shoji," + " 株式会社東京デザイン=tokyo-design, 合同会社ひかり=hikari",
                    "代表取締役|営業部長|マーケティング担当|部長|課長",
                    "お見積りをお願いします。|デモを見たいです。"),
            culture(
                    "Chinese",
                    7,
                    FAMILY_FIRST_JOINED,
                    List.of(
                            DemoRegion.of(
                                    "CN",
                                    70,
                                    "cn",
                                    "北京@Asia/Shanghai, 上海, 广州, 深圳, 杭州, 成都",
                                    "qq.com 163.com 126.com sina.com",
                                    "Co., Ltd."),
                            DemoRegion.of(
                                    "TW",
                                    15,
                                    "com.tw",
                                    "台北@Asia/Taipei, 台中, 高雄",
                                    "yahoo.com.tw gmail.com",
                                    "Co., Ltd."),
                            DemoRegion.of(
                                    "SG",
                                    15,
                                    "sg",
                                    "Singapore@Asia/Singapore",
                                    "gmail.com singnet.com.sg",
                                    "Pte. Ltd.")),
                    "娜=na, 静=jing, 丽=li, 敏=min, 燕=yan, 芳=fang, 婷=ting, 雪=xue, 玲=ling, 慧=hui",
                    "伟=wei, 强=qiang, 磊=lei, 军=jun, 洋=yang, 勇=yong, 杰=jie, 涛=tao, 明=ming, 超=chao",
                    "王=wang, 李=li, 张=zhang, 刘=liu, 陈=chen, 杨=yang, 黄=huang, 赵=zhao, 吴=wu, 周=zhou, 徐=xu,"
                            + " 孙=sun, 马=ma, 朱=zhu, 胡=hu, 林=lin",
                    "北京华信科技有限公司=huaxin-tech, 上海明辉贸易有限公司=minghui-trade,"
                            + " 深圳创新电子有限公司=chuangxin-electronics, 杭州绿茶文化=lvcha",
                    "总经理|销售总监|市场经理|采购经理|创始人",
                    "请给我发送报价。|我们想了解更多信息。"),
            culture(
                    "Arabic",
                    6,
                    GIVEN_FIRST,
                    List.of(
                            DemoRegion.of(
                                    "AE",
                                    30,
                                    "ae",
                                    "Dubai@Asia/Dubai, Abu Dhabi, Sharjah",
                                    "gmail.com hotmail.com yahoo.com emirates.net.ae",
                                    "LLC|FZ-LLC"),
                            DemoRegion.of(
                                    "SA",
                                    30,
                                    "com.sa",
                                    "الرياض@Asia/Riyadh, جدة, الدمام",
                                    "gmail.com hotmail.com",
                                    "LLC"),
                            DemoRegion.of(
                                    "EG",
                                    25,
                                    "com.eg",
                                    "القاهرة@Africa/Cairo, الإسكندرية",
                                    "gmail.com yahoo.com hotmail.com",
                                    "S.A.E.|LLC"),
                            DemoRegion.of("JO", 8, "jo", "عمّان@Asia/Amman, إربد", "gmail.com", "LLC"),
                            DemoRegion.of(
                                    "MA",
                                    7,
                                    "ma",
                                    "Casablanca@Africa/Casablanca, Rabat, Marrakech",
                                    "gmail.com menara.ma",
                                    "SARL")),
                    "فاطمة=fatima, مريم=mariam, نور=nour, سارة=sara, ليلى=layla, هدى=huda, رانيا=rania, ياسمين=yasmin,"
                            + " آمنة=amna, سلمى=salma",
                    "محمد=mohammed, أحمد=ahmed, علي=ali, عمر=omar, يوسف=youssef, خالد=khaled, حسن=hassan,"
                            + " إبراهيم=ibrahim, طارق=tarek, سامي=sami, كريم=karim, عبدالله=abdullah",
                    "العلي=al-ali, الحسن=al-hassan, المنصوري=al-mansouri, الحربي=al-harbi, القحطاني=al-qahtani,"
                            + " الشمري=al-shammari, حداد=haddad, خليل=khalil, منصور=mansour, عبد الرحمن=abdelrahman,"
                            + " النجار=al-najjar, سعيد=saeed, الفارس=al-fares",
                    "شركة النور للتجارة=alnoor-trading, مؤسسة الأمل=al-amal, مجموعة الخليج=gulf-group,"
                            + " دار الهندسة=dar-engineering",
                    "المدير العام|مدير المبيعات|مديرة التسويق|مدير المشتريات",
                    "يرجى التواصل معي.|أرغب في عرض سعر."));

    private static DemoCulture culture(
            String name,
            int weight,
            NameOrder order,
            List<DemoRegion> regions,
            String femaleFirst,
            String maleFirst,
            String lastNames,
            String companies,
            String jobTitles,
            String messages) {
        return new DemoCulture(
                name,
                weight,
                order,
                regions,
                DemoName.list(femaleFirst),
                DemoName.list(maleFirst),
                DemoCulture.lastNames(lastNames, true),
                DemoCulture.lastNames(lastNames, false),
                DemoName.list(companies),
                DemoCulture.texts(jobTitles),
                DemoCulture.texts(messages));
    }
}
