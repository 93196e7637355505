<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation>Welcome to the Stadtlabor</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="37"/>
        <source>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</source>
        <translation>See what the Smart City Bochum is working on and have your say. Touch a tile to begin.</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="53"/>
        <location filename="../qml/pages/HomePage.qml" line="67"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../qml/pages/HomePage.qml" line="77"/>
        <source>What the city is planning and building for participation, and how far each project has come.</source>
        <translation>What the city is planning and building for participation, and how far each project has come.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/pages/HomePage.qml" line="89"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
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
        <translation>More</translation>
    </message>
</context>
<context>
    <name>ProjectDetailPage</name>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="15"/>
        <source>Project not found</source>
        <translation>Project not found</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="57"/>
        <source>This project is no longer in the catalogue.</source>
        <translation>This project is no longer in the catalogue.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="82"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="120"/>
        <source>Last updated: %1</source>
        <translation>Last updated: %1</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectDetailPage.qml" line="151"/>
        <source>Scan to read more on your phone</source>
        <translation>Scan to read more on your phone</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="11"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="37"/>
        <source>Search projects</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="55"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="71"/>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="79"/>
        <source>Recommended</source>
        <translation>Recommended</translation>
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
        <translation>Recently updated</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="147"/>
        <source>No project matches your choice.</source>
        <translation>No project matches your choice.</translation>
    </message>
    <message>
        <location filename="../qml/pages/ProjectsPage.qml" line="158"/>
        <source>Show all projects</source>
        <translation>Show all projects</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../qml/components/SearchField.qml" line="35"/>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/components/TopBar.qml" line="30"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/components/TopBar.qml" line="37"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
</TS>
