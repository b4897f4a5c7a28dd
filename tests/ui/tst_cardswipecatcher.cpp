// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CardSwipeCatcher.h"
#include "TestMain.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using Club::Ui::CardSwipeCatcher;

class tst_CardSwipeCatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readerBurstNeverReachesTheField_data();
    void readerBurstNeverReachesTheField();
    void humanTypingIsDeliveredInOrder_data();
    void humanTypingIsDeliveredInOrder();
    void slowSentinelIsNotLost();
    void persianLayoutIsReadByPosition_data();
    void persianLayoutIsReadByPosition();
    void disabledCatcherLetsEverythingThrough();

private:
    QLineEdit *m_edit = nullptr;
    CardSwipeCatcher *m_catcher = nullptr;
};

void tst_CardSwipeCatcher::init()
{
    m_edit = new QLineEdit;
    m_edit->show();
    m_edit->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_edit));
    m_catcher = new CardSwipeCatcher;
    qApp->installEventFilter(m_catcher);
}

void tst_CardSwipeCatcher::cleanup()
{
    delete m_catcher;
    delete m_edit;
}

void tst_CardSwipeCatcher::readerBurstNeverReachesTheField_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("tracks");
    QTest::newRow("track 2") << QStringLiteral(";6280001234567894=2812112345678?\n")
                             << QStringList{QStringLiteral(";6280001234567894=2812112345678?")};
    QTest::newRow("tracks 1 and 2")
        << QStringLiteral("%L6280001234567894^KARIMI/SARA^28121ABCD1234?\n;6280001234567894=2812112345678?\n")
        << QStringList{QStringLiteral("%L6280001234567894^KARIMI/SARA^28121ABCD1234?"),
                       QStringLiteral(";6280001234567894=2812112345678?")};
    QTest::newRow("no enter") << QStringLiteral(";12345?") << QStringList{QStringLiteral(";12345?")};
}

void tst_CardSwipeCatcher::readerBurstNeverReachesTheField()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, tracks);
    m_edit->setText(QStringLiteral("before"));
    m_edit->end(false);
    QSignalSpy swiped(m_catcher, &CardSwipeCatcher::swiped);
    for (QChar c : typed) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(m_edit, Qt::Key_Return);
        else
            QTest::keyClick(m_edit, c.toLatin1());
    }
    QTRY_COMPARE_WITH_TIMEOUT(swiped.size(), 1, 2000);
    QCOMPARE(swiped.at(0).at(0).toStringList(), tracks);
    QCOMPARE(m_edit->text(), QStringLiteral("before"));
}

void tst_CardSwipeCatcher::humanTypingIsDeliveredInOrder_data()
{
    QTest::addColumn<QString>("typed");
    // Fast, but not a track: the keys come back to the field, in order.
    QTest::newRow("semicolon then words") << QStringLiteral(";hello");
    QTest::newRow("percent in a note") << QStringLiteral("50% off");
    QTest::newRow("unterminated track") << QStringLiteral(";123456");
    QTest::newRow("stray text after a track") << QStringLiteral(";123?abc");
}

void tst_CardSwipeCatcher::humanTypingIsDeliveredInOrder()
{
    QFETCH(QString, typed);
    QSignalSpy swiped(m_catcher, &CardSwipeCatcher::swiped);
    QTest::keyClicks(m_edit, typed);
    QTRY_COMPARE_WITH_TIMEOUT(m_edit->text(), typed, 2000);
    QCOMPARE(swiped.size(), 0);
}

void tst_CardSwipeCatcher::slowSentinelIsNotLost()
{
    m_catcher->setMaxKeyGap(30);
    QSignalSpy swiped(m_catcher, &CardSwipeCatcher::swiped);
    QTest::keyClick(m_edit, ';');
    QTest::qWait(120); // a person's pace
    QTest::keyClicks(m_edit, QStringLiteral("12?"));
    QTRY_COMPARE_WITH_TIMEOUT(m_edit->text(), QStringLiteral(";12?"), 2000);
    QCOMPARE(swiped.size(), 0);
}

void tst_CardSwipeCatcher::persianLayoutIsReadByPosition_data()
{
    // What a reader's keystrokes produce under the Persian layout, with X11 key codes
    // (PC scan code + 8) as xcb reports them.
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("scanCode");
    QTest::addColumn<bool>("shift");
    QTest::addColumn<QString>("latin");
    QTest::newRow("ک is ;") << QStringLiteral("ک") << 0x27u + 8 << false << QStringLiteral(";");
    QTest::newRow("٪ is %") << QStringLiteral("٪") << 0x06u + 8 << true << QStringLiteral("%");
    QTest::newRow("۷ is 7") << QStringLiteral("۷") << 0x08u + 8 << false << QStringLiteral("7");
    QTest::newRow("٣ is 3") << QStringLiteral("٣") << 0x04u + 8 << false << QStringLiteral("3");
    QTest::newRow("ش is a") << QStringLiteral("ش") << 0x1Eu + 8 << false << QStringLiteral("a");
    QTest::newRow("shifted ؟ is ?") << QStringLiteral("؟") << 0x35u + 8 << true << QStringLiteral("?");
    QTest::newRow("no scan code") << QStringLiteral("ش") << 0u << false << QString();
}

void tst_CardSwipeCatcher::persianLayoutIsReadByPosition()
{
    QFETCH(QString, text);
    QFETCH(quint32, scanCode);
    QFETCH(bool, shift);
    QFETCH(QString, latin);
    if (QGuiApplication::platformName() == QLatin1String("windows"))
        QSKIP("the table uses X11 key codes");
    QKeyEvent event(QEvent::KeyPress, Qt::Key_unknown, shift ? Qt::ShiftModifier : Qt::NoModifier, scanCode, 0, 0,
                    text);
    const QChar c = CardSwipeCatcher::latinFor(&event);
    QCOMPARE(c.isNull() ? QString() : QString(c), latin);
}

void tst_CardSwipeCatcher::disabledCatcherLetsEverythingThrough()
{
    m_catcher->setEnabled(false);
    QSignalSpy swiped(m_catcher, &CardSwipeCatcher::swiped);
    QTest::keyClicks(m_edit, QStringLiteral(";123?"));
    QCOMPARE(m_edit->text(), QStringLiteral(";123?"));
    QTest::qWait(100);
    QCOMPARE(swiped.size(), 0);
}

QTEST_MAIN(tst_CardSwipeCatcher)
#include "tst_cardswipecatcher.moc"
