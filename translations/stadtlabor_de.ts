<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CountedTextArea</name>
    <message>
        <location filename="../qml/components/CountedTextArea.qml" line="55"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11"/>
        <source>Stadtlabor Bochum</source>
        <translation>Stadtlabor Bochum</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="29"/>
        <source>Welcome to the Stadtlabor</source>
        <translation>Willkommen im Stadtlabor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="38"/>
        <source>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</source>
        <translation>Erfahren Sie, woran die Smart City Bochum arbeitet, und reden Sie mit. Tippen Sie auf eine Kachel, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="55"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="56"/>
        <source>What the city is planning and building for participation, and how far each project has come.</source>
        <translation>Was die Stadt für mehr Beteiligung plant und baut, und wie weit jedes Projekt ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="57"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="65"/>
        <source>StadtRaumMonitor</source>
        <translation>StadtRaumMonitor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="66"/>
        <source>Rate the quality of life in your neighbourhood and see how it compares.</source>
        <translation>Bewerten Sie die Lebensqualität in Ihrem Viertel und sehen Sie den Vergleich.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="67"/>
        <source>About 5 minutes, anonymous</source>
        <translation>Etwa 5 Minuten, anonym</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <source>Stadtlabor Bochum</source>
        <translation>Stadtlabor Bochum</translation>
    </message>
</context>
<context>
    <name>MonitorAboutView</name>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="11"/>
        <source>under 18</source>
        <translation>unter 18</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="11"/>
        <source>18 to 29</source>
        <translation>18 bis 29</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="12"/>
        <source>30 to 44</source>
        <translation>30 bis 44</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="12"/>
        <source>45 to 64</source>
        <translation>45 bis 64</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="13"/>
        <source>65 or older</source>
        <translation>65 oder älter</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="13"/>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="17"/>
        <source>I&apos;d rather not say</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="16"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="16"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="17"/>
        <source>diverse</source>
        <translation>divers</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="20"/>
        <source>I live here</source>
        <translation>Ich wohne hier</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="20"/>
        <source>I work here</source>
        <translation>Ich arbeite hier</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="21"/>
        <source>I study or go to school here</source>
        <translation>Ich studiere oder gehe hier zur Schule</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="21"/>
        <source>I visit</source>
        <translation>Ich bin zu Besuch</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="44"/>
        <source>About you (optional)</source>
        <translation>Über Sie (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="53"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="59"/>
        <source>These answers help the city see whom it reaches. They are stored without your name.</source>
        <translation>Diese Angaben zeigen der Stadt, wen sie erreicht. Sie werden ohne Ihren Namen gespeichert.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="78"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="93"/>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAboutView.qml" line="108"/>
        <source>How are you connected to %1? (as many as apply)</source>
        <translation>Was verbindet Sie mit %1? (Mehrfachauswahl möglich)</translation>
    </message>
</context>
<context>
    <name>MonitorAreaView</name>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="20"/>
        <source>Which part of %1?</source>
        <translation>Welcher Teil von %1?</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="21"/>
        <source>Which area do you want to rate?</source>
        <translation>Welches Gebiet möchten Sie bewerten?</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="53"/>
        <source>The whole city (%1)</source>
        <translation>Die ganze Stadt (%1)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorAreaView.qml" line="68"/>
        <source>All of %1</source>
        <translation>Ganz %1</translation>
    </message>
</context>
<context>
    <name>MonitorDoneView</name>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="18"/>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="26"/>
        <source>Your answers are saved on this terminal and sent to the city without your name. The city&apos;s planners use them, together with everyone else&apos;s, to see where life in Bochum&apos;s neighbourhoods needs to get better. The results are published on this terminal as soon as enough people have taken part.</source>
        <translation>Ihre Antworten sind auf diesem Terminal gespeichert und werden ohne Ihren Namen an die Stadt übermittelt. Die Stadtplanung nutzt sie zusammen mit allen anderen Antworten, um zu sehen, wo das Leben in Bochums Stadtteilen besser werden muss. Die Ergebnisse erscheinen hier, sobald genug Menschen mitgemacht haben.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorDoneView.qml" line="35"/>
        <source>Back to the start</source>
        <translation>Zurück zum Start</translation>
    </message>
</context>
<context>
    <name>MonitorPage</name>
    <message>
        <location filename="../qml/pages/MonitorPage.qml" line="10"/>
        <source>StadtRaumMonitor</source>
        <translation>StadtRaumMonitor</translation>
    </message>
</context>
<context>
    <name>MonitorStartView</name>
    <message>
        <location filename="../qml/monitor/MonitorStartView.qml" line="15"/>
        <source>How good is life in your neighbourhood?</source>
        <translation>Wie gut lebt es sich in Ihrem Viertel?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/monitor/MonitorStartView.qml" line="24"/>
        <source>Rate an area of Bochum on %n theme(s), from paths and buses to green spaces and feeling safe. Afterwards you see your answers as a chart.</source>
        <translation>
            <numerusform>Bewerten Sie ein Gebiet in Bochum zu %n Thema, von Wegen und Bussen bis zu Grünflächen und Sicherheit. Danach sehen Sie Ihre Antworten als Diagramm.</numerusform>
            <numerusform>Bewerten Sie ein Gebiet in Bochum zu %n Themen, von Wegen und Bussen bis zu Grünflächen und Sicherheit. Danach sehen Sie Ihre Antworten als Diagramm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorStartView.qml" line="32"/>
        <source>It takes about five minutes. Your answers are anonymous: we do not ask for your name, and you can skip any question.</source>
        <translation>Das dauert etwa fünf Minuten. Ihre Antworten sind anonym: Wir fragen nicht nach Ihrem Namen, und Sie können jede Frage überspringen.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorStartView.qml" line="52"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>MonitorSummaryView</name>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="47"/>
        <source>Your rating of %1</source>
        <translation>Ihre Bewertung von %1</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="75"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="81"/>
        <source>Average for %1</source>
        <translation>Durchschnitt für %1</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="84"/>
        <source>Centre: %1 · edge: %2</source>
        <translation>Mitte: %1 · Rand: %2</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="121"/>
        <source>The comparison with everyone else&apos;s answers for %1 appears here as soon as there are results for it.</source>
        <translation>Der Vergleich mit den Antworten aller anderen für %1 erscheint hier, sobald es Ergebnisse gibt.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="127"/>
        <source>Strongest</source>
        <translation>Am besten bewertet</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="129"/>
        <source>Most room for improvement</source>
        <translation>Am meisten Verbesserungsbedarf</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="134"/>
        <source>You did not rate any theme. You can still send your answers, or change one.</source>
        <translation>Sie haben kein Thema bewertet. Sie können Ihre Antworten trotzdem absenden oder eine Antwort ändern.</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="141"/>
        <source>Change an answer</source>
        <translation>Eine Antwort ändern</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="174"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorSummaryView.qml" line="181"/>
        <source>Send answers</source>
        <translation>Antworten absenden</translation>
    </message>
</context>
<context>
    <name>MonitorThemeView</name>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="59"/>
        <source>Think about:</source>
        <translation>Denken Sie zum Beispiel an:</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="128"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="143"/>
        <source>What is good here? (optional)</source>
        <translation>Was ist hier gut? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="153"/>
        <source>What could be better? (optional)</source>
        <translation>Was könnte besser sein? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="170"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="172"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../qml/monitor/MonitorThemeView.qml" line="172"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ProjectCard</name>
    <message>
        <location filename="../qml/components/ProjectCard.qml" line="78"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPage</name>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="15"/>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="57"/>
        <source>This project is no longer in the catalogue.</source>
        <translation>Dieses Projekt steht nicht mehr im Katalog.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="82"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="120"/>
        <source>Last updated: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="151"/>
        <source>Scan to read more on your phone</source>
        <translation>Scannen und auf dem Handy weiterlesen</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="11"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="37"/>
        <source>Search projects</source>
        <translation>Projekte durchsuchen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="55"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="71"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="79"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="80"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="82"/>
        <source>Recently updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="147"/>
        <source>No project matches your choice.</source>
        <translation>Kein Projekt passt zu Ihrer Auswahl.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="158"/>
        <source>Show all projects</source>
        <translation>Alle Projekte zeigen</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="35"/>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>StepFooter</name>
    <message>
        <location filename="../qml/monitor/StepFooter.qml" line="10"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../qml/monitor/StepFooter.qml" line="19"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="30"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="37"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>stadtlabor::MonitorController</name>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="287"/>
        <source>The StadtRaumMonitor has no themes in this catalogue.</source>
        <translation>Der StadtRaumMonitor hat in diesem Katalog keine Themen.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="472"/>
        <source>Your answers could not be saved. Please try again or ask the staff. (%1)</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder sprechen Sie das Personal an. (%1)</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="607"/>
        <source>Wide pavements along the main street.</source>
        <translation>Breite Gehwege entlang der Hauptstraße.</translation>
    </message>
    <message>
        <location filename="../src/ui/monitorcontroller.cpp" line="608"/>
        <source>The cycle lane ends suddenly at the crossing.</source>
        <translation>Der Radweg endet plötzlich an der Kreuzung.</translation>
    </message>
</context>
</TS>
