"""Sweep of mentions of an outlet that are NOT wire credits, by invented pages.

Usage: wire_negative_sweep.py PROVSCORE_BINARY [--only TEXT] [--lang CODE] [--show] [--keep DIR]

The precision half of wire_position_sweep.py. Writes one invented page per (kind of
mention, position, language), scores them all with the binary in one run and prints,
per kind and position, the languages where an outlet is credited (`wire_attribution`
signals of role `credit`): every page here should credit no one (rulings 5 of
../shared/corpus/README.md). The kinds:

- citations in the text in each language's forms (`according to Reuters`, `laut dpa`,
  `selon l'AFP`, `told Reuters`, `Reuters reported`, an interview with the BBC, an agency
  as the subject of the story, polls, a style book, an agency's institute, a headline of
  another outlet quoted), each opening the text, as a paragraph in the middle, closing the
  last paragraph and as a one-sentence last paragraph;
- picture, video and graphics credits in each language (`Foto: dpa`, `Фото: ТАСС`,
  `写真：共同通信`, `© AFP`, `Jane Doe/AFP`), under a picture, as a caption's last line, in
  a gallery's slides, as a line between paragraphs with no <figure>, in an <img>'s alt and
  title, in a lazy-load <noscript> copy, under a player;
- the page's own outlet when the page says who it is in one place only (og:site_name,
  JSON-LD publisher, the domain, a logo's alt, the footer's copyright), also outlets whose
  names hold a press word, "News Agency" or an agency's name;
- partner and network lists, teaser cards with agency bylines or datelines between the
  paragraphs, newsletter boxes, corrections citing an agency, comments, an agency's name
  only in a URL.

Each failing case prints `FALSE(outlets)` beside its language. Every site and person is
invented; outlets are named only as the lexicon (rules/outlets.json) names them; the
paragraphs and headlines are read from the invented table of
tests/score/cross_link_forms_test.cc (through cross_link_sweep.read_languages), and the
page template is wire_position_sweep.Page, so the two sweeps share their template.
Standard library only. Exit 1 when a page credits an outlet (a table, not a gate).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cross_link_sweep  # noqa: E402
import wire_position_sweep as wps  # noqa: E402
from sweep_pages import score_pages, sweep_parser, work_folder  # noqa: E402

# --- citations: kind -> {lang: sentence (holding the outlet)} -----------------------------------
CITATIONS = {
    "according to": {
        "en": "The ferry line will close in the autumn, according to Reuters.",
        "de": "Die Fährlinie wird laut dpa im Herbst eingestellt.",
        "fr": "Selon l'AFP, la ligne de ferry fermera à l'automne.",
        "es": "Según EFE, la línea de ferry cerrará en otoño.",
        "it": "Secondo l'ANSA, la linea del traghetto chiuderà in autunno.",
        "pt": "Segundo a Lusa, a linha de ferry fechará no outono.",
        "nl": "Volgens ANP sluit de veerdienst in het najaar.",
        "ru": "По данным ТАСС, паромная линия закроется осенью.",
        "uk": "За даними Укрінформу, поромна лінія закриється восени.",
        "pl": "Według PAP linia promowa zostanie zamknięta jesienią.",
        "cs": "Podle ČTK trajektová linka na podzim skončí.",
        "tr": "Anadolu Ajansı'nın haberine göre feribot hattı sonbaharda kapanacak.",
        "ar": "وبحسب رويترز، سيغلق خط العبارات في الخريف.",
        "zh": "据新华社报道，渡轮航线将于秋季停运。",
        "ja": "共同通信によると、フェリー航路は秋に廃止される。",
        "ko": "연합뉴스에 따르면 여객선 항로는 가을에 폐지된다.",
        "sv": "Enligt TT läggs färjelinjen ner i höst.",
        "hu": "Az MTI szerint a komp járata ősszel megszűnik.",
        "el": "Σύμφωνα με το ΑΠΕ-ΜΠΕ, η γραμμή του πορθμείου θα κλείσει το φθινόπωρο.",
    },
    "told the agency": {
        "en": "\u201cWe will not give up the route,\u201d the mayor told Reuters on Tuesday.",
        "de": "\u201eWir geben die Linie nicht auf\u201c, sagte der Bürgermeister der dpa.",
        "fr": "\u00ab Nous n'abandonnerons pas la ligne \u00bb, a déclaré le maire à l'AFP.",
        "es": "\u00abNo renunciaremos a la línea\u00bb, dijo el alcalde a EFE.",
        "it": "\u00abNon rinunceremo alla linea\u00bb, ha detto il sindaco all'ANSA.",
        "pt": "\u00abNão vamos desistir da linha\u00bb, disse o presidente da câmara à Lusa.",
        "nl": "\u2018We geven de lijn niet op\u2019, zei de burgemeester tegen ANP.",
        "ru": "\u00abМы не откажемся от линии\u00bb, \u2014 заявил мэр ТАСС.",
        "uk": "\u00abМи не відмовимося від лінії\u00bb, \u2014 сказав мер Укрінформу.",
        "pl": "\u201eNie zrezygnujemy z linii\u201d \u2013 powiedział burmistrz PAP.",
        "cs": "\u201eLinku nevzdáme,\u201c řekl starosta ČTK.",
        "tr": "Belediye başkanı Anadolu Ajansı'na yaptığı açıklamada hattan vazgeçmeyeceklerini söyledi.",
        "ar": "وقال رئيس البلدية لرويترز إنهم لن يتخلوا عن الخط.",
        "zh": "市长对新华社记者表示，不会放弃这条航线。",
        "ja": "市長は共同通信の取材に対し、航路を手放さないと述べた。",
        "ko": "시장은 연합뉴스와의 통화에서 항로를 포기하지 않겠다고 말했다.",
        "sv": "\u2013 Vi ger inte upp linjen, säger borgmästaren till TT.",
        "hu": "\u2013 Nem adjuk fel a járatot \u2013 mondta a polgármester az MTI-nek.",
    },
    "the agency reported": {
        "en": "The Associated Press reported on Tuesday that the ferry line would close.",
        "de": "Die Fährlinie wird eingestellt, berichtete die Nachrichtenagentur dpa am Dienstag.",
        "fr": "La ligne de ferry va fermer, a rapporté l'AFP mardi.",
        "es": "La línea de ferry cerrará, informó EFE el martes.",
        "it": "La linea del traghetto chiuderà, ha riferito l'ANSA martedì.",
        "pt": "A linha de ferry vai fechar, noticiou a Lusa na terça-feira.",
        "nl": "De veerdienst stopt, meldde ANP dinsdag.",
        "ru": "Паромная линия закроется, передает ТАСС.",
        "uk": "Поромна лінія закриється, повідомляє Укрінформ.",
        "pl": "Linia promowa zostanie zamknięta \u2013 podała we wtorek PAP.",
        "cs": "Trajektová linka skončí, uvedla v úterý ČTK.",
        "tr": "Feribot hattının kapanacağını Anadolu Ajansı salı günü duyurdu.",
        "ar": "وذكرت رويترز يوم الثلاثاء أن خط العبارات سيغلق.",
        "zh": "新华社周二报道称，渡轮航线将停运。",
        "ja": "共同通信が火曜日に報じた。",
        "ko": "연합뉴스가 화요일 보도했다.",
        "sv": "Det rapporterade TT på tisdagen.",
        "hu": "Erről kedden az MTI számolt be.",
        "el": "Τα παραπάνω μετέδωσε την Τρίτη το ΑΠΕ-ΜΠΕ.",
    },
    "citing the agency": {
        "en": "The ferry line will close, the Harbour Herald said, citing AP.",
        "de": "AFP-Informationen zufolge wird die Fährlinie im Herbst eingestellt.",
        "fr": "La ligne fermera, indique le journal, citant l'AFP.",
        "es": "La línea cerrará, según informaciones de la agencia EFE.",
        "it": "Lo riferisce l'agenzia ANSA citando fonti del porto.",
        "pt": "A linha vai fechar, segundo informações da agência Lusa.",
        "ru": "Об этом сообщает ТАСС со ссылкой на администрацию порта.",
        "uk": "Про це повідомляє Укрінформ з посиланням на адміністрацію порту.",
        "pl": "Informację podała PAP, powołując się na zarząd portu.",
        "cs": "Informovala o tom ČTK s odvoláním na vedení přístavu.",
        "tr": "Anadolu Ajansı'na konuşan liman yetkilisi hattın kapanacağını doğruladı.",
        "zh": "新华社援引港口管理部门的消息称，航线将于秋季停运。",
    },
    "interview with": {
        "en": "In an interview with the BBC, the mayor said the route would stay.",
        "de": "In einem Interview mit der BBC sagte der Bürgermeister, die Linie bleibe.",
        "fr": "Dans un entretien à la BBC, le maire a assuré que la ligne resterait.",
        "es": "En una entrevista con la BBC, el alcalde dijo que la línea seguiría.",
        "it": "In un'intervista alla BBC, il sindaco ha detto che la linea resterà.",
        "pt": "Em entrevista à BBC, o presidente da câmara disse que a linha fica.",
        "nl": "In een interview met de BBC zei de burgemeester dat de lijn blijft.",
        "ru": "В интервью BBC мэр заявил, что линия сохранится.",
        "pl": "W wywiadzie dla BBC burmistrz powiedział, że linia zostanie.",
        "tr": "Belediye başkanı BBC'ye verdiği röportajda hattın kalacağını söyledi.",
        "ja": "市長はBBCのインタビューで、航路は残ると語った。",
        "ko": "시장은 BBC와의 인터뷰에서 항로가 유지될 것이라고 말했다.",
    },
    "the agency as the story's subject": {
        "en": "Reuters cuts 200 jobs in its newsroom.",
        "de": "Die dpa eröffnet ein neues Büro in Kiel.",
        "fr": "L'AFP ouvre un nouveau bureau à Nairobi.",
        "es": "EFE abre una nueva delegación en Lima.",
        "it": "L'ANSA apre una nuova sede a Bari.",
        "pt": "A Lusa abre uma nova delegação no Porto.",
        "nl": "ANP opent een nieuw kantoor in Groningen.",
        "ru": "ТАСС открыл новое бюро в Мурманске.",
        "pl": "PAP otwiera nowe biuro w Gdańsku.",
        "cs": "ČTK otevírá novou pobočku v Brně.",
        "tr": "Anadolu Ajansı İzmir'de yeni bir büro açtı.",
        "zh": "新华社在广州设立新分社。",
        "ja": "共同通信が札幌に新支社を開設した。",
        "ko": "연합뉴스가 부산에 새 지사를 열었다.",
        "sv": "TT öppnar en ny redaktion i Luleå.",
    },
    "polls, style books, institutes": {
        "en": "A Reuters/Ipsos poll found 41 percent support, and an AP-NORC poll found 38 percent.",
        "de": "Eine Umfrage von Reuters/Ipsos ergab 41 Prozent Zustimmung.",
        "fr": "Un sondage Reuters/Ipsos donne 41 % d'opinions favorables.",
        "es": "Una encuesta de Reuters/Ipsos halló un 41 % de apoyo.",
        "it": "Un sondaggio Reuters/Ipsos indica il 41 per cento di consensi.",
    },
    "style book and institute (en)": {
        "en": "The AP Stylebook and the Reuters Institute's Digital News Report both cover the case.",
    },
    "a headline of another outlet quoted": {
        "en": "The Guardian's headline read: \u201cHarbour bridge vote delayed again\u201d.",
        "de": "Die BBC titelte: \u201eAbstimmung über die Hafenbrücke vertagt\u201c.",
        "fr": "Le Monde titrait\u00a0: \u00ab\u00a0Le vote sur le pont reporté\u00a0\u00bb.",
        "es": "La BBC tituló: \u00abSe aplaza la votación del puente\u00bb.",
        "it": "La BBC titolava: \u00abRinviato il voto sul ponte\u00bb.",
        "pt": "A BBC titulou: \u00abAdiada a votação da ponte\u00bb.",
    },
}

# Session 13: citations in the languages of the presses the position sweep's "world press" forms
# lay out (their agencies' names in a citation: never a credit).
CITATIONS["citing the agency (world press)"] = {
    "id": "Menurut Antara, jalur feri akan ditutup pada musim gugur.",
    "vi": "Theo TTXVN, tuyến phà sẽ đóng cửa vào mùa thu.",
    "sw": "Kwa mujibu wa Reuters, njia ya feri itafungwa mwezi ujao.",
    "hi": "पीटीआई के अनुसार, नौका सेवा अगले महीने बंद हो जाएगी।",
    "da": "Færgeruten lukker til efteråret, skriver Ritzau.",
    "no": "Fergeruten legges ned til høsten, melder NTB.",
    "fi": "Lauttayhteys lakkautetaan syksyllä, kertoo STT.",
    "hr": "Trajektna linija bit će ukinuta na jesen, javlja Hina.",
    "ro": "Potrivit Agerpres, linia de feribot va fi închisă în toamnă.",
    "fa": "به گزارش ایرنا، خط کشتی در پاییز تعطیل می‌شود.",
    "he": "לפי רויטרס, קו המעבורת ייסגר בסתיו.",
}

BODY_POSITIONS = ["opening the text", "a paragraph in the middle", "closing the last paragraph",
                  "a one-sentence last paragraph"]

# --- picture, video and graphics credits -----------------------------------------------------------
PHOTO_WORD = {
    "en": "Photo: Reuters", "de": "Foto: dpa", "fr": "Photo\u00a0: AFP", "es": "Foto: EFE", "it": "Foto: ANSA",
    "pt": "Foto: Lusa", "nl": "Beeld: ANP", "ru": "Фото: ТАСС", "uk": "Фото: Укрінформ", "pl": "Fot. PAP",
    "cs": "Foto: ČTK", "tr": "Fotoğraf: Anadolu Ajansı", "ar": "صورة: رويترز", "zh": "图片来源：新华社",
    "ja": "写真：共同通信", "ko": "사진=연합뉴스", "sv": "Foto: TT", "hu": "Fotó: MTI", "el": "Φωτογραφία: ΑΠΕ-ΜΠΕ",
    # Session 13: the picture words of the presses of the position sweep's "world press" forms.
    "vi": "Ảnh: TTXVN", "sw": "Picha: Reuters", "hi": "फोटो: पीटीआई", "fa": "عکس: ایرنا", "he": "צילום: רויטרס",
    "id": "Foto: ANTARA/Jane Doe", "da": "Foto: Ritzau Scanpix", "no": "Foto: NTB", "fi": "Kuva: STT",
    "hr": "Foto: Hina", "ro": "Foto: Agerpres",
}
PHOTO_BARE = {
    "en": "Jane Doe/Reuters", "de": "Bild: Keystone/AP", "fr": "\u00a9 AFP", "es": "(Foto: EFE)",
    "it": "ANSA/Marco Rossi", "pt": "\u00a9 Lusa", "nl": "ANP / Jan Jansen", "ru": "\u00a9 ТАСС",
    "pl": "PAP/Jan Kowalski", "cs": "ČTK/Jan Novák", "tr": "\u00a9 Anadolu Ajansı", "ar": "(رويترز)",
    "zh": "（新华社记者 王小明 摄）", "ja": "（共同）", "ko": "(사진=연합뉴스)", "sv": "Anna Svensson/TT",
    "es-img": "Imagen: Reuters", "tr-aa": "(AA)",
}
MEDIA_WORD = {
    "en": ("Video: Reuters", "Graphic: AFP"), "de": ("Video: dpa", "Grafik: dpa"),
    "fr": ("Vidéo\u00a0: AFP", "Infographie\u00a0: AFP"), "es": ("Vídeo: EFE", "Infografía: EFE"),
    "it": ("Video: ANSA", "Grafica: ANSA"), "pt": ("Vídeo: Lusa", "Infografia: Lusa"),
    "ru": ("Видео: ТАСС", "Инфографика: ТАСС"), "pl": ("Wideo: PAP", "Grafika: PAP"),
    "nl": ("Video: ANP", "Graphic: ANP"), "cs": ("Video: ČTK", "Grafika: ČTK"),
    "zh": ("视频来源：新华社", "制图：新华社"), "ja": ("動画：共同通信", "図表：共同通信"), "ko": ("영상=연합뉴스", "그래픽=연합뉴스"),
}

IMG = '<img src="/img/harbour-4711.jpg" alt="">'


def _caption(l):
    return cross_link_sweep.paragraph(l, 0).split(". ")[0].split("\u3002")[0][:60]


PHOTO_POSITIONS = [
    ("lead picture's figcaption, its last line",
     lambda pg, l, c: setattr(pg, "lead", '<figure class="u5">%s<figcaption>%s<br>%s</figcaption></figure>'
                              % (IMG, _caption(l), c))),
    ("figure between paragraphs",
     lambda pg, l, c: setattr(pg, "middle", '<figure class="u6">%s<figcaption><span>%s</span> <span>%s</span>'
                              '</figcaption></figure>' % (IMG, _caption(l), c))),
    ("picture and caption in divs between paragraphs (no <figure>)",
     lambda pg, l, c: setattr(pg, "middle", '<div class="p3">%s<div class="c1">%s %s</div></div>'
                              % (IMG, _caption(l), c))),
    ("credit paragraph after a picture paragraph, between paragraphs",
     lambda pg, l, c: setattr(pg, "middle", "<p>%s</p><p>%s</p>" % (IMG, c))),
    ("credit paragraph between paragraphs, no picture",
     lambda pg, l, c: setattr(pg, "middle", "<p>%s</p>" % c)),
    ("gallery slides after the text",
     lambda pg, l, c: setattr(pg, "in_body_after", '<div class="g4">%s</div>' % "".join(
         '<div class="s%d"><img src="/img/g%d.jpg" alt=""><p>%s (%d/3) %s</p></div>' % (i, i, _caption(l), i, c)
         for i in range(1, 4)))),
    ("picture alt and title between paragraphs",
     lambda pg, l, c: setattr(pg, "middle", '<p><img src="/img/4711.jpg" alt="%s" title="%s"></p>' % (c, c))),
    ("lazy-load noscript copy with its caption",
     lambda pg, l, c: setattr(pg, "middle", '<div class="z1"><img class="lazy" data-src="/img/4711.jpg" alt="">'
                              '<noscript><img src="/img/4711.jpg" alt="%s"><p>%s</p></noscript></div>' % (c, c))),
    ("picture and credit after the last paragraph",
     lambda pg, l, c: setattr(pg, "in_body_after", '<div class="p3">%s<span>%s</span></div>' % (IMG, c))),
    ("credit paragraph after a picture after the last paragraph",
     lambda pg, l, c: setattr(pg, "in_body_after", "<p>%s</p><p>%s</p>" % (IMG, c))),
    ("teaser card's picture credit between paragraphs",
     lambda pg, l, c: setattr(pg, "middle", '<div class="t8"><a href="/news/2026/06/03/ferry">%s'
                              '<span>%s</span></a><span class="cr">%s</span></div>' % (IMG, l["h2"], c))),
]

MEDIA_POSITIONS = [
    ("under a player between paragraphs",
     lambda pg, l, c: setattr(pg, "middle", '<div class="v2"><video src="/v/4711.mp4" controls></video><p>%s</p>'
                              '</div>' % c)),
    ("a line of its own between paragraphs",
     lambda pg, l, c: setattr(pg, "middle", "<p>%s</p>" % c)),
    ("under a player after the text",
     lambda pg, l, c: setattr(pg, "in_body_after", '<div class="v2"><iframe src="https://player.example/4711">'
                              '</iframe><p>%s</p></div>' % c)),
]

# --- the page's own outlet, named in one place only ------------------------------------------------
# (own name, domain) and the credit-like lines naming it.
OWN = [
    ("Harbour Herald", "harbourherald.example"),
    ("Harbour News Agency", "harbournewsagency.example"),
    ("Valley Free Press", "valleyfreepress.example"),
    ("Anadolu Ekspres", "anadoluekspres.example"),
    ("Europa Harbour Press", "europaharbourpress.example"),
]
OWN_LINES = [
    ("source line after the text", "in_body_after", "<p>Source: %s</p>"),
    ("byline: name and outlet", "byline", '<div class="byline">By Jane Doe, %s</div>'),
    ("byline: the outlet's staff", "byline", '<div class="byline">%s staff</div>'),
    ("copyright closing the text", "in_body_after", "<p>\u00a9 2026 %s. All rights reserved.</p>"),
    ("originally published here", "in_body_after", "<p>This story was originally published by %s.</p>"),
    ("the outlet alone under the headline", "below_h1", '<div class="e3">%s</div>'),
]
# Where the page says who it is: og:site_name, JSON-LD publisher, domain only, logo alt, footer copyright.
OWN_IDENTITY = ["og:site_name only", "JSON-LD publisher only", "the domain only", "a logo's alt only",
                "the footer's copyright only"]


def own_page(l, name, domain, identity, slot, fmt):
    pg = wps.Page(l)
    pg.json_ld = identity == "JSON-LD publisher only"
    pg.ld_author = True
    setattr(pg, slot, fmt % name)
    if slot == "byline":
        pg.ld_author = False
    html = pg.html()
    html = html.replace(wps.SITE, "https://www." + domain)
    html = html.replace('<meta property="og:site_name" content="%s">' % wps.SITE_NAME,
                        '<meta property="og:site_name" content="%s">' % name
                        if identity == "og:site_name only" else "")
    html = html.replace('"name":"%s"' % wps.SITE_NAME, '"name":"%s"' % name)
    footer_owner = name if identity == "the footer's copyright only" else "Coastal Print Holdings"
    html = html.replace("\u00a9 2026 %s Media Ltd." % wps.SITE_NAME, "\u00a9 2026 %s." % footer_owner)
    if identity == "a logo's alt only":
        html = html.replace('<header class="k1">', '<header class="k1"><a href="/"><img src="/logo.svg" alt="%s">'
                            '</a>' % name)
    return html


# --- lists, teasers, boxes -------------------------------------------------------------------------
def _cards(l, items):
    return "".join('<div class="c%d"><a href="/news/2026/06/0%d/story-%d">%s</a>%s</div>'
                   % (i, i + 1, i, l["h2"], extra) for i, extra in enumerate(items))


OTHERS = [
    ("partner list after the text", "in_body_after", lambda l: "<p>Our partners: AFP, dpa, Reuters</p>"),
    ("partner list in the article's footer", "after_body",
     lambda l: '<footer class="f7"><p>News partners: Associated Press and Reuters</p></footer>'),
    ("network membership after the article", "after_article",
     lambda l: '<div class="q8">The Harbour Herald is a member of the Valley Media network and a partner of The '
               'Associated Press.</div>'),
    ("teaser cards with agency bylines between paragraphs", "middle",
     lambda l: '<div class="r5">%s</div>' % _cards(l, ['<span class="by">By AFP</span>',
                                                      '<span class="by">By Reuters</span>'])),
    ("teaser card with an agency dateline snippet between paragraphs", "middle",
     lambda l: '<div class="r5"><div class="c0"><a href="/news/2026/06/03/ferry"><h3>%s</h3><p>BERLIN (dpa) - %s</p>'
               '</a></div></div>' % (l["h2"], cross_link_sweep.paragraph(l, 0))),
    ("teaser card whose linked snippet opens with an agency dateline, between paragraphs", "middle",
     lambda l: '<div class="r5"><div class="c0"><h3><a href="/news/2026/06/03/ferry">%s</a></h3>'
               '<a href="/news/2026/06/03/ferry"><p>MADRID, 3 Jun (EFE).- %s</p></a></div></div>'
               % (l["h2"], cross_link_sweep.paragraph(l, 0))),
    ("teaser card with an agency dateline snippet after the text", "after_body",
     lambda l: '<section class="n5"><h2>More</h2><div class="c0"><a href="/news/2026/06/03/ferry"><h3>%s</h3></a>'
               '<p>PARIS (AFP) - %s</p></div></section>' % (l["h2"], cross_link_sweep.paragraph(l, 0))),
    ("newsletter box after the text", "in_body_after",
     lambda l: '<div class="nl"><p>Sign up for Reuters\' morning newsletter and the AFP Daily Briefing.</p>'
               '<form><input type="email"><button>Subscribe</button></form></div>'),
    ("correction citing an agency", "in_body_after",
     lambda l: "<p><em>Correction: An earlier version of this story, citing a Reuters report, gave the wrong date "
               "for the vote.</em></p>"),
    ("correction citing an agency (de)", "in_body_after",
     lambda l: "<p><em>Korrektur: In einer früheren Fassung hieß es unter Berufung auf dpa, die Abstimmung finde im "
               "Mai statt.</em></p>"),
    ("comments (two, no times) with an agency's source line", "after_body",
     lambda l: '<section class="cm"><h2>Comments</h2><div class="cmt"><p>Jane R.</p><p>That is not what the agency '
               'wrote.</p><p>Source: Reuters</p></div><div class="cmt"><p>John P.</p><p>(AP) had it first.</p></div>'
               '</section>'),
    ("a comment thread (names and times) with an agency's source line", "after_body",
     lambda l: '<section class="cm"><h2>Comments</h2>' + "".join(
         '<div class="k%d"><p><b>%s</b> <span>June 4, 2026 at 10:1%d</span></p><p>%s</p></div>' % (i, who, i, said)
         for i, (who, said) in enumerate([("Jane R.", "That is not what the agency wrote. Source: Reuters"),
                                          ("John P.", "The ferry was late again this morning."),
                                          ("Mary K.", "(AP) had the story first, on Monday.")])) + '</section>'),
    ("a poll's attribution closing the text", "last_suffix",
     lambda l: "Support for the bridge stands at 41 percent (Reuters/Ipsos)."),
    ("an agency only in a link's address", "middle",
     lambda l: '<p>The <a href="https://www.reuters.com/world/harbour-bridge-2026-06-04/">report</a> was published '
               'on Tuesday.</p>'),
    ("an agency only in a picture's address", "middle",
     lambda l: '<p><img src="https://cdn.example/afp/2026/06/AFP_4711.jpg" alt=""></p>'),
    ("a pull quote crediting another outlet between paragraphs", "middle",
     lambda l: "<blockquote><p>\u201cThe bridge is a symbol of the town.\u201d</p><p>\u2014 Reuters</p></blockquote>"),
    ("a chart's source line naming an agency's institute, closing the text", "in_body_after",
     lambda l: "<p>Source: Reuters Institute Digital News Report 2026</p>"),
    ("a chart's source line naming a poll, closing the text", "in_body_after",
     lambda l: "<p>Source: AP-NORC poll of 1,200 adults, May 2026</p>"),
    ("a chart's source line naming a poll (de), closing the text", "in_body_after",
     lambda l: "<p>Quelle: Reuters/Ipsos-Umfrage vom Mai 2026</p>"),
    ("an embedded post of an agency's account between paragraphs", "middle",
     lambda l: '<blockquote class="twitter-tweet"><p lang="en">Ferry line to close in the autumn, port says '
               '<a href="https://t.co/x4711">https://t.co/x4711</a></p>&mdash; Reuters (@Reuters) '
               '<a href="https://twitter.com/Reuters/status/4711">June 4, 2026</a></blockquote>'),
    ("an embedded post of an agency's account closing the text", "in_body_after",
     lambda l: '<blockquote class="q1"><p>Ferry line to close in the autumn, port says</p>&mdash; AFP News Agency '
               '(@AFP) June 4, 2026</blockquote>'),
    ("tag links naming agencies after the text", "after_body",
     lambda l: '<div class="t3">Tags: <a href="/tag/afp">AFP</a> <a href="/tag/reuters">Reuters</a> '
               '<a href="/tag/ferry">Ferry</a></div>'),
    ("topics line naming an agency after the text", "in_body_after", lambda l: "<p>Topics: Reuters, ferries, harbour</p>"),
    ("the reporter's former employers in a bio after the text", "in_body_after",
     lambda l: "<p><em>Jane Doe covers the harbour for the Harbour Herald. She previously worked for Reuters and "
               "AFP.</em></p>"),
    ("a read-more line whose headline names an agency, between paragraphs", "middle",
     lambda l: '<p><strong>READ MORE:</strong> <a href="/news/2026/06/01/agency">Reuters opens a bureau in the '
               'harbour town</a></p>'),
    # Session 13: a date and an agency as a picture's credit above the text (the day-first dateline's
    # shape), a teaser card after a horizontal rule, a reporter (no outlet) in the closing reporting line.
    ("a date and an agency's tag under the lead picture, no figure", "body_before",
     lambda l: '<p><img src="/img/4711.jpg" alt=""></p><p>4 June 2026 (AFP)</p>'),
    ("a date and an agency's tag in the lead picture's caption", "lead",
     lambda l: '<figure class="u5"><img src="/img/4711.jpg" alt=""><figcaption>4 juin 2026 (AFP)</figcaption></figure>'),
    ("a teaser card with an agency label after a horizontal rule", "in_body_after",
     lambda l: '<hr><div class="c0"><a href="/news/2026/06/03/ferry">%s</a><span>AFP</span></div>' % l["h2"]),
    ("additional reporting by a person, joined to the last paragraph", "last_suffix",
     lambda l: "<br>Additional reporting by Jane Doe in Paris"),
    ("a map reused under a Creative Commons licence, closing the text", "in_body_after",
     lambda l: "<p>The map is reproduced from OpenStreetMap under a Creative Commons licence.</p>"),
    ("the page's own notice of its licence, closing the text", "in_body_after",
     lambda l: "<p>This article is published by Harbour Herald under a Creative Commons license.</p>"),
    ("a republication notice naming a ministry under the licence", "in_body_after",
     lambda l: "<p>This report is republished from the Ministry of Health under a Creative Commons license.</p>"),
    ("a path between slashes closing the text", "last_suffix",
     lambda l: "The timetable is at /ferry/"),
    ("a picture's credit in capitals under a picture after the text", "in_body_after",
     lambda l: '<p><img src="/img/4711.jpg" alt=""></p><p>AFP PHOTO / JANE DOE</p>'),
    # Session 14: the teaser's and the picture's forms of a byline over the service, and of
    # a labelled byline naming the agency.
    ("a teaser card's byline over the agency between paragraphs", "middle",
     lambda l: '<aside class="r5"><a href="/news/2026/06/03/ferry">%s</a><p>By Jane Doe</p><p>Associated Press</p>'
               '</aside>' % l["h2"]),
    ("a caption's name over the agency above the text", "lead",
     lambda l: '<figure class="u5"><img src="/img/4711.jpg" alt=""><figcaption>By Jane Doe<br>Associated Press'
               '</figcaption></figure>'),
    ("a picture's label before the name and the agency between headline and byline", "below_h1",
     lambda l: '<div class="e3">Photo by: JANE DOE ASSOCIATED PRESS</div>'),
    ("the names over a sentence opening with the agency, above the text", "body_before",
     lambda l: "<p>By Jane Doe</p><p>Associated Press reporters saw the ferry leave the quay on Monday.</p>"),
]

# Page data that names an agency without crediting it (English pages): (name, head html).
PAGE_DATA = [
    ("JSON-LD mentions", '"mentions":{"@type":"Organization","name":"Reuters"}'),
    ("JSON-LD about", '"about":[{"@type":"Organization","name":"Associated Press"}]'),
    ("JSON-LD citation", '"citation":{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"AFP"}}'),
    ("JSON-LD image copyrightHolder", '"image":{"@type":"ImageObject","url":"/img/4711.jpg","copyrightHolder":'
                                      '{"@type":"Organization","name":"AFP"},"creditText":"AFP"}'),
    ("JSON-LD video author", '"video":{"@type":"VideoObject","name":"Ferry","author":{"@type":"Organization",'
                             '"name":"Reuters"}}'),
    ("JSON-LD keywords", '"keywords":"Reuters, ferry, harbour"'),
    ("meta keywords and tags", None),
]


def page_data_html(l, extra):
    pg = wps.Page(l)
    html = pg.html()
    if extra is None:
        head = ('<meta name="keywords" content="AFP, Reuters, ferry"><meta name="news_keywords" content="dpa">'
                '<meta property="article:tag" content="Associated Press"><meta property="og:image:alt" '
                'content="Photo: AFP">')
        return html.replace("</head>", head + "</head>")
    marker = '"publisher":{'
    assert html.count(marker) == 1
    return html.replace(marker, extra + "," + marker)


def cases(only, lang):
    langs = {l["code"]: l for l in cross_link_sweep.read_languages()}
    out = []  # (kind, position, lang, html)

    def want_lang(code):
        return not lang or code == lang

    for kind, per_lang in CITATIONS.items():
        for pos in BODY_POSITIONS:
            for code, sentence in per_lang.items():
                if not want_lang(code):
                    continue
                pg = wps.Page(langs[code])
                if pos == "opening the text":
                    pg.first_prefix = sentence
                elif pos == "a paragraph in the middle":
                    pg.middle = "<p>%s</p>" % sentence
                elif pos == "closing the last paragraph":
                    pg.last_suffix = sentence
                else:
                    pg.in_body_after = "<p>%s</p>" % sentence
                out.append(("citation: " + kind, pos, code, render(pg)))
    for family, table in (("picture credit with a word", PHOTO_WORD), ("picture credit, bare", PHOTO_BARE)):
        for pos, setter in PHOTO_POSITIONS:
            if family == "picture credit, bare" and pos.endswith("no picture"):
                continue  # a bare tag with no picture is no picture's credit
            for code, credit in table.items():
                base = code.split("-")[0]
                if not want_lang(base):
                    continue
                pg = wps.Page(langs[base])
                setter(pg, langs[base], credit)
                out.append((family, pos, code, render(pg)))
    for pos, setter in MEDIA_POSITIONS:
        for code, (video, graphic) in MEDIA_WORD.items():
            if not want_lang(code):
                continue
            for what, credit in (("video credit", video), ("graphics credit", graphic)):
                pg = wps.Page(langs[code])
                setter(pg, langs[code], credit)
                out.append((what, pos, code, render(pg)))
    if want_lang("en"):
        for name, domain in OWN:
            for line, slot, fmt in OWN_LINES:
                for identity in OWN_IDENTITY:
                    out.append(("own outlet (%s): %s" % (name, line), identity, "en",
                                own_page(langs["en"], name, domain, identity, slot, fmt)))
        for name, slot, build in OTHERS:
            pg = wps.Page(langs["en"])
            setattr(pg, slot, build(langs["en"]))
            out.append(("lists, teasers, boxes", name, "en", render(pg)))
        for name, extra in PAGE_DATA:
            out.append(("page data", name, "en", page_data_html(langs["en"], extra)))
    for name, slot, build in OTHERS[3:7]:
        for code in langs:
            if code == "en" or not want_lang(code):
                continue
            pg = wps.Page(langs[code])
            setattr(pg, slot, build(langs[code]))
            out.append(("lists, teasers, boxes", name, code, render(pg)))
    return [c for c in out if not only or only in c[0] + " / " + c[1]]


def render(pg):
    """wps.Page.html with the extra slot `middle` (a block between the second and third paragraphs)."""
    html = pg.html()
    middle = getattr(pg, "middle", "")
    if middle:
        third = "<p>%s</p>" % cross_link_sweep.paragraph(pg.l, 2)
        assert html.count(third) == 1
        html = html.replace(third, middle + third)
    return html


def main():
    ap = sweep_parser("cases whose 'kind / position' contains this", "print the page and signals of each wrong case")
    args = ap.parse_args()
    todo = cases(args.only, args.lang)
    tmp = work_folder(args.keep, "wnsweep-")
    meta = {"n%05d.html" % i: case for i, case in enumerate(todo)}
    got = score_pages(args.binary, tmp, {f: m[3] for f, m in meta.items()}, "wire_attribution")
    rows = {}
    for fname, (kind, pos, code, html) in sorted(meta.items()):
        rows.setdefault((kind, pos), []).append((fname, code, html))
    pages = false = 0
    per_kind = {}
    for (kind, pos), items in rows.items():
        bad = []
        for fname, code, html in items:
            sig = got.get(fname, [])
            credited = {s["outlet"] for s in sig if s.get("role") == "credit"}
            pages += 1
            k = per_kind.setdefault(kind, [0, 0])
            k[0] += 1
            if credited:
                false += 1
                k[1] += 1
                bad.append("%s:FALSE(%s)" % (code, ",".join(sorted(credited))))
                if args.show:
                    print("----", kind, "/", pos, code, "got", sorted(credited))
                    print(html)
                    for s in sig:
                        print("  signal", s["rule"], s.get("role"), s.get("outlet"),
                              json.dumps(s["evidence"]["text"], ensure_ascii=False), s["evidence"].get("where"))
        label = "%s / %s" % (kind, pos)
        print("%-100s %s" % (label, ("WRONG " + " ".join(bad)) if bad else "ok (%d)" % len(items)))
    print()
    for kind, (n, f) in per_kind.items():
        print("%-60s pages %4d  false %3d" % (kind, n, f))
    print("negative pages %d in %d languages, false credits %d"
          % (pages, len({c[2].split("-")[0] for c in todo}), false))
    return 1 if false else 0


if __name__ == "__main__":
    sys.exit(main())
