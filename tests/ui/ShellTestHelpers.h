// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Driving the shell's widgets in tests: typing any script, reading inline errors,
// screenshots for a human to look at, a store with its services.
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "UiContext.h"
#include "shell/Language.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace Club::Test {

// QTest::keyClicks() knows ASCII only; Persian and Arabic go in as key events with text.
inline void type(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void typeInto(QWidget *root, const char *objectName, const QString &text)
{
    auto *edit = root->findChild<QLineEdit *>(QLatin1String(objectName));
    QVERIFY2(edit, objectName);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    type(edit, text);
}

inline QString errorUnder(QWidget *root, const QString &field)
{
    auto *label = root->findChild<QLabel *>(field + QStringLiteral("Error"));
    return label && !label->isHidden() ? label->text() : QString();
}

inline void screenshot(QWidget *widget, const QString &name)
{
    QDir dir(qEnvironmentVariable("CLUB_TEST_OUTPUT", QDir::temp().filePath(QStringLiteral("clubmanager-test-output"))));
    dir.mkpath(QStringLiteral("shell"));
    QApplication::processEvents();
    const QString file = dir.filePath(QStringLiteral("shell/%1-%2.png").arg(Club::Ui::Language::current(), name));
    QVERIFY2(widget->grab().save(file), qPrintable(file));
}

inline void clickButton(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// A migrated SQLite store in a temporary folder with its services and UI context.
struct Store
{
    TestDatabase t{Database::Engine::SQLite};
    Club::Core::ServiceHub hub{t.db()};
    Club::Ui::UiContext context{Club::Ui::UiContext::servicesOf(hub)};
};

} // namespace Club::Test
