// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Stadtlabor

Item {
    width: 1080
    height: 1920

    HomePage {
        id: page
        anchors.fill: parent
    }

    SignalSpy {
        id: spy
        target: page
        signalName: "openProjects"
    }

    TestCase {
        name: "HomePage"
        when: windowShown

        function test_projectsTileOpensProjects() {
            const tile = findChild(page, "tile_projects")
            verify(tile.width >= 300 && tile.height >= 200)
            mouseClick(tile)
            compare(spy.count, 1)
        }
    }
}
