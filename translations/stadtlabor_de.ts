<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="11"/>
        <source>Stadtlabor Bochum</source>
        <translation>Stadtlabor Bochum</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="28"/>
        <source>Welcome to the Stadtlabor</source>
        <translation>Willkommen im Stadtlabor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="37"/>
        <source>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</source>
        <translation>Erfahren Sie, woran die Smart City Bochum arbeitet, und reden Sie mit. Tippen Sie auf eine Kachel, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="53"/>
        <location filename="../qml/pages/HomePage.qml" line="67"/>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="77"/>
        <source>What the city is planning and building for participation, and how far each project has come.</source>
        <translation>Was die Stadt für mehr Beteiligung plant und baut, und wie weit jedes Projekt ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="89"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n Projekt</numerusform>
            <numerusform>%n Projekte</numerusform>
        </translation>
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
</TS>
