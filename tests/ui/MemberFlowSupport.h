// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What tst_memberflow drives the widgets with: a store with its services, typing in any
// script, modal dialogs answered from a timer, screenshots.
#pragma once

#include "MemberBuilders.h"
#include "ServiceHub.h"
#include "TestDatabase.h"
#include "UiContext.h"
#include "shell/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace MemberFlow {

using namespace Club;
using namespace Club::Core;
using Club::Test::TestDatabase;

// QTest::keyClicks() knows ASCII only; Persian and Arabic go in as key events with text.
inline void type(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClicks(widget, QString(c));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

template<typename W = QLineEdit> W *child(QWidget *root, const char *name)
{
    return root->findChild<W *>(QLatin1String(name));
}

// Empties a line edit the way an operator does, then types.
inline void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    type(edit, text);
}

// Empties a spin box the way an operator does, then types.
inline void retypeSpin(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Backspace);
    type(spin, text);
}

// Picks the item holding `data` with the arrow keys, the way an operator would.
inline bool choose(QComboBox *combo, const QVariant &data)
{
    combo->setFocus();
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == target;
}

inline QString outputDir()
{
    QDir dir(qEnvironmentVariable("CLUB_TEST_OUTPUT", QDir::temp().filePath(QStringLiteral("clubmanager-test-output"))));
    dir.mkpath(QStringLiteral("pages"));
    return dir.filePath(QStringLiteral("pages"));
}

inline bool screenshot(QWidget *widget, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(outputDir()).filePath(QStringLiteral("%1-%2.png").arg(Ui::Language::current(), name));
    return widget->grab().save(file);
}

// Runs `drive` on the modal dialog of type D as soon as its event loop runs, and makes
// sure the dialog closes even when driving it failed, so a broken test fails instead of
// hanging. `drive` returns what it found wrong (empty when all was well). The returned
// guard cancels the drive if no dialog ever opened.
template<typename D> std::unique_ptr<QObject> whenModal(QString *problem, std::function<QString(D *)> drive)
{
    auto guard = std::make_unique<QObject>();
    *problem = QStringLiteral("the dialog never opened");
    QTimer::singleShot(0, guard.get(), [problem, drive] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (!dialog) {
            *problem = QStringLiteral("no modal dialog of the expected type");
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        *problem = drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    return guard;
}

// Window shortcuts (Ctrl+N) need the main window active again after a dialog closed.
inline bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

// A store with its services, the admin logged in, on SQLite in a temporary folder.
struct Store
{
    TestDatabase db{Database::Engine::SQLite};
    std::unique_ptr<ServiceHub> hub;
    std::unique_ptr<Ui::UiContext> context;
    Actor admin;

    Store()
    {
        admin = db.admin();
        hub = std::make_unique<ServiceHub>(db.db());
        context = std::make_unique<Ui::UiContext>(
            Ui::UiContext::servicesOf(*hub));
        context->setActor(admin);
    }

    CardType loyaltyType(bool pinRequired, bool trackStock = false)
    {
        CardType t;
        t.name = QStringLiteral("باشگاه طلایی");
        t.kind = CardKind::Loyalty;
        t.prefix = QStringLiteral("6280");
        t.numberLength = 16;
        t.validityMonths = 24;
        t.pinRequired = pinRequired;
        t.trackStock = trackStock;
        Result<CardType> created = hub->cards().createCardType(admin, t);
        return created ? *created : CardType{};
    }

    Member member(int n, const QString &first, const QString &last)
    {
        Member draft = Club::Test::memberDraft(n);
        draft.firstName = first;
        draft.lastName = last;
        Result<Member> created = hub->members().create(admin, draft);
        return created ? *created : Member{};
    }

    qint64 memberCount()
    {
        Result<QList<MemberSummary>> all = hub->members().search(admin, {}, 1000, true);
        return all ? all->size() : -1;
    }
};

} // namespace MemberFlow
