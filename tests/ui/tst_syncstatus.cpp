// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The connected desk in the window: Settings → Central server typed like an admin, the
// status bar's Online / Offline / N pending sync, a sale kept offline whose receipt says
// "Pending sync", and a refused sale settled by a manager. The server is a signed HTTP
// peer on loopback (tests/core/sync/HttpPeer.h). Screenshots in Persian.
#include "../core/sync/HttpPeer.h"
#include "MemberFlowSupport.h"
#include "catalog/CatalogService.h"
#include "inventory/InventoryService.h"
#include "pages/sales/GiftDialog.h"
#include "pages/sales/SaleReceipts.h"
#include "pages/settings/SettingsPage.h"
#include "shell/MainWindow.h"
#include "sync/ConnectedDesk.h"
#include "sync/OutboxConflictsDialog.h"
#include "sync/ServerSettingsSection.h"
#include "sync/SyncStatusButton.h"
#include "TestMain.h"

#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>

using namespace MemberFlow;
using Club::Test::HttpPeer;

namespace {
constexpr int kWaitMs = 10000;

QString sessionToken(const HttpPeer::Request &r)
{
    return QString::fromLatin1(r.headers.value("x-club-session"));
}
} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("tst_syncstatus")); }

    void statusSettingsAndPendingSync()
    {
        Ui::Language::install(QStringLiteral("fa"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        QTemporaryDir dir;
        ConnectedDesk desk(s.db.db(), s.hub->sales(), s.hub->catalog(), s.hub->cards(), s.hub->members(),
                           dir.filePath(QStringLiteral("terminal.key")));
        s.context->setConnectedDesk(&desk);
        desk.worker().setDelays(20, 200);

        // The server: sessions, health, and one sale per key; card 2 is refused as blocked.
        const QByteArray secret = RequestSigning::randomBytes(32);
        HttpPeer peer(secret);
        QHash<QString, qint64> sales;
        QString blockedCard;
        int pushed = 0; // members and cards made at the desk that reached the server
        peer.setHandler([&](const HttpPeer::Request &r) {
            HttpPeer::Reply reply;
            if (r.path == "/v1/health") {
                reply.body = QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                         {QStringLiteral("version"), QStringLiteral("1.0")}};
            } else if (r.path == "/v1/session") {
                reply.body = QJsonObject{{QStringLiteral("token"), QStringLiteral("tok")}};
            } else if (sessionToken(r) != QLatin1String("tok")) {
                reply = HttpPeer::error(401, QStringLiteral("unauthenticated"));
            } else if (r.path.startsWith("/v1/sync/")) {
                // Reference data: one product on the first page of products, then nothing new.
                const bool first = r.path.startsWith("/v1/sync/products") && r.path.contains("after=0");
                QJsonArray items;
                if (first)
                    items.append(QJsonObject{{QStringLiteral("productCode"), QStringLiteral("P9")},
                                             {QStringLiteral("nameEn"), QStringLiteral("Pulled")},
                                             {QStringLiteral("active"), true}});
                reply.body = QJsonObject{{QStringLiteral("items"), items},
                                         {QStringLiteral("next"), first ? QStringLiteral("5.1") : QStringLiteral("0")},
                                         {QStringLiteral("more"), false}};
            } else if (r.method == "POST" && r.path == "/v1/members") {
                // A member made at the desk (DeskPush.cpp): the server's id for it.
                reply.status = 201;
                reply.body = QJsonObject{{QStringLiteral("memberId"), 500 + ++pushed}};
            } else if (r.method == "POST" && r.path == "/v1/cards") {
                ++pushed;
                reply.status = 201;
                reply.body = QJsonObject{{QStringLiteral("cardNumber"), r.json().value(QLatin1String("cardNumber"))},
                                         {QStringLiteral("status"), QStringLiteral("active")}};
            } else if (r.path.startsWith("/v1/members")) {
                reply.body = QJsonObject{{QStringLiteral("items"), QJsonArray()}};
            } else if (r.path == "/v1/sales") {
                const QJsonObject json = r.json();
                if (json.value(QLatin1String("cardNumber")).toString() == blockedCard)
                    return HttpPeer::error(422, QStringLiteral("card_not_usable"));
                const QString key = json.value(QLatin1String("idempotencyKey")).toString();
                if (!sales.contains(key))
                    sales.insert(key, 100 + sales.size());
                reply.status = 201;
                reply.body = QJsonObject{{QStringLiteral("saleId"), sales.value(key)},
                                         {QStringLiteral("receiptNo"), sales.value(key)}};
            } else {
                reply = HttpPeer::error(404, QStringLiteral("not_found"));
            }
            return reply;
        });
        QVERIFY(peer.listen());
        const quint16 port = peer.port();

        std::unique_ptr<Ui::MainWindow> window(Ui::MainWindow::create(*s.context));
        window->resize(1100, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *status = window->statusBar()->findChild<Ui::SyncStatusButton *>(QStringLiteral("syncStatus"));
        QVERIFY(status);
        QVERIFY(status->isHidden()); // no server set up: nothing to say

        // Settings → Central server, typed like an admin; Test Connection answers plainly.
        Ui::SettingsPage page(*s.context);
        page.resize(1000, 1100);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *section = page.findChild<Ui::ServerSettingsSection *>(QStringLiteral("serverSettings"));
        QVERIFY(section);
        retype(child(section, "serverUrl"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        retype(child(section, "terminalId"), QStringLiteral("t_desk1"));
        retype(child(section, "terminalSecret"), QString::fromLatin1(RequestSigning::toBase64Url(secret)));
        retype(child(section, "offlinePoints"), QStringLiteral("۵۰"));
        retype(child(section, "offlineStoredValue"), QStringLiteral("۰"));
        QTest::mouseClick(child<QPushButton>(section, "saveServer"), Qt::LeftButton);
        QVERIFY(desk.isConnected());
        QCOMPARE(child(section, "terminalSecret")->text(), QString()); // never shown again
        QTest::mouseClick(child<QPushButton>(section, "testServer"), Qt::LeftButton);
        QCOMPARE(child<QLabel>(section, "serverTestResult")->text(),
                 ConnectedDesk::tr("Connected. The server (version %1) accepts this terminal.")
                     .arg(QStringLiteral("1.0")));
        QVERIFY(screenshot(&page, QStringLiteral("settings-central-server")));

        desk.setOperator(s.admin, QStringLiteral("admin-pass"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), Ui::SyncStatusButton::textFor(true, 0, 0), kWaitMs);
        QCOMPARE(status->text(), Ui::SyncStatusButton::tr("Online"));
        // Logging in pulled the reference data; the section and the status bar say when.
        auto *syncState = child<QLabel>(section, "syncState");
        QTRY_VERIFY_WITH_TIMEOUT(syncState->text().startsWith(Ui::ServerSettingsSection::tr("Last sync: %1").left(10)),
                                 kWaitMs);
        QCOMPARE(s.hub->catalog().search(s.admin, QStringLiteral("P9"))->size(), 1);
        QVERIFY(status->toolTip().contains(Ui::SyncStatusButton::tr("%1\nLast sync: %2").section(QLatin1Char('\n'), 1).left(10)));
        QSignalSpy pulled(&desk.puller(), &SyncPuller::finished);
        QTest::mouseClick(child<QPushButton>(section, "syncNow"), Qt::LeftButton);
        QVERIFY(pulled.wait(kWaitMs));
        QVERIFY(pulled.first().at(0).toBool());
        QVERIFY(child<QPushButton>(section, "syncNow")->isEnabled());
        QVERIFY(child<QProgressBar>(section, "syncProgress")->isHidden());
        QVERIFY(screenshot(&page, QStringLiteral("settings-central-server-synced")));

        // A member with a card, a product: the basket the desk sends.
        CardType type = s.loyaltyType(false);
        Member member = s.member(1, QStringLiteral("مریم"), QStringLiteral("رضایی"));
        Member other = s.member(2, QStringLiteral("علی"), QStringLiteral("کریمی"));
        Result<Card> card = s.hub->cards().issue(s.admin, member.id, type.id);
        Result<Card> second = s.hub->cards().issue(s.admin, other.id, type.id);
        QVERIFY(card && second);
        blockedCard = second->number;
        QVERIFY(s.hub->inventory().createWarehouse(s.admin, s.admin.branchId, QStringLiteral("Main")));
        Product draft;
        draft.code = QStringLiteral("P1");
        draft.nameEn = QStringLiteral("Tea");
        Result<Product> product = s.hub->catalog().createProduct(s.admin, draft);
        QVERIFY(product);
        QVERIFY(s.hub->catalog().setPrice(s.admin, product->id, kNoId, 50'000, QDateTime::currentDateTimeUtc()));
        QuoteRequest basket;
        basket.memberId = member.id;
        basket.cardId = card->id;
        basket.lines = {{product->id, 2, 0}};

        // The members and cards made here went to the server first (before that, a sale on
        // such a card would wait behind it in the outbox).
        QTRY_COMPARE_WITH_TIMEOUT(pushed, 4, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(desk.outbox().pending(s.admin)->size(), 0, kWaitMs);
        // Online: the server's sale and receipt number.
        Core::SaleCommitter &committer = s.context->saleCommitter();
        QCOMPARE(&committer, static_cast<Core::SaleCommitter *>(&desk));
        Result<Sale> online = committer.commit(s.admin, basket, QStringLiteral("basket-1-0123456789ab"), {});
        QVERIFY2(online, qPrintable(online ? QString() : online.error().message));
        QVERIFY(!online->pendingSync);
        QCOMPARE(online->receiptNo, 100);

        // The server goes away: the sale is kept, the receipt says so, the bar counts it.
        peer.close();
        Result<Sale> offline = committer.commit(s.admin, basket, QStringLiteral("basket-2-0123456789ab"), {});
        QVERIFY2(offline, qPrintable(offline ? QString() : offline.error().message));
        QVERIFY(offline->pendingSync);
        QCOMPARE(offline->receiptNo, 0);
        const QString receipt = Ui::SaleReceipts::html(Ui::SaleReceipts::sale({}, *offline, {QStringLiteral("Tea")}));
        QVERIFY(receipt.contains(Ui::SaleReceipts::tr("Pending sync")));
        QuoteRequest refused = basket;
        refused.memberId = other.id;
        refused.cardId = second->id;
        QVERIFY(committer.commit(s.admin, refused, QStringLiteral("basket-3-0123456789ab"), {}));
        // Spending points offline is bounded by the floor limit (50 points, nothing yet earned
        // on the server's side matters here: the desk counts its own pending entries).
        {
            // A gift for points while offline: what the card may still spend offline, not the
            // server's balance (which cannot be asked).
            Ui::GiftDialog gifts(*s.context, member, *card, window.get());
            gifts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&gifts));
            auto *balance = gifts.findChild<QLabel *>(QStringLiteral("giftBalance"));
            QVERIFY(balance);
            QCOMPARE(balance->text(),
                     Ui::GiftDialog::tr("The central server cannot be reached: %1 may spend up to %Ln point(s) "
                                        "offline.",
                                        nullptr, 50)
                         .arg(member.fullName()));
            QVERIFY(screenshot(&gifts, QStringLiteral("gift-offline")));
        }
        {
            // The same in Arabic, for the look of it.
            Ui::Language::install(QStringLiteral("ar"));
            Ui::GiftDialog gifts(*s.context, member, *card, window.get());
            gifts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&gifts));
            QVERIFY(screenshot(&gifts, QStringLiteral("gift-offline")));
            Ui::Language::install(QStringLiteral("fa"));
        }
        QuoteRequest spend = basket;
        spend.pointsToRedeem = 51;
        Result<Sale> tooMuch = committer.commit(s.admin, spend, QStringLiteral("basket-4-0123456789ab"), {});
        QVERIFY(!tooMuch);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), Ui::SyncStatusButton::textFor(false, 2, 0), kWaitMs);
        QVERIFY(screenshot(window.get(), QStringLiteral("status-offline-pending")));

        // Back: the worker replays in order; the blocked card's sale becomes a conflict.
        QVERIFY(peer.listen(port));
        desk.worker().kick();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), Ui::SyncStatusButton::textFor(true, 0, 1), kWaitMs);
        QCOMPARE(sales.size(), 2);
        QVERIFY(sales.contains(QStringLiteral("basket-2-0123456789ab")));
        QVERIFY(screenshot(window.get(), QStringLiteral("status-online-conflict")));

        // A manager sees and settles it.
        Ui::OutboxConflictsDialog dialog(*s.context, window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, Ui::OutboxConflictsDialog::ColWhat)->text(),
                 Ui::OutboxConflictsDialog::tr("Sale"));
        QCOMPARE(dialog.table()->item(0, Ui::OutboxConflictsDialog::ColWhy)->text(),
                 ServerClient::tr("This card cannot be used (blocked, replaced or not genuine)."));
        QVERIFY(screenshot(&dialog, QStringLiteral("outbox-conflicts")));
        {
            Ui::Language::install(QStringLiteral("ar"));
            Ui::OutboxConflictsDialog arabic(*s.context, window.get());
            arabic.show();
            QVERIFY(QTest::qWaitForWindowExposed(&arabic));
            QVERIFY(screenshot(&arabic, QStringLiteral("outbox-conflicts")));
            Ui::Language::install(QStringLiteral("fa"));
        }
        QVERIFY(dialog.settleSelected(QStringLiteral("مشتری مابه‌التفاوت را نقد پرداخت کرد")));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), Ui::SyncStatusButton::textFor(true, 0, 0), kWaitMs);
    }

    void arabicSettings()
    {
        Ui::Language::install(QStringLiteral("ar"));
        Store s;
        QVERIFY2(s.db.ok(), qPrintable(s.db.error()));
        QTemporaryDir dir;
        ConnectedDesk desk(s.db.db(), s.hub->sales(), s.hub->catalog(), s.hub->cards(), s.hub->members(),
                           dir.filePath(QStringLiteral("terminal.key")));
        s.context->setConnectedDesk(&desk);
        ConnectionSettings c;
        c.url = QUrl(QStringLiteral("https://club.example:8443"));
        c.terminalId = QStringLiteral("t_desk2");
        c.offline = {120, 500'000};
        QVERIFY(desk.settings().save(s.admin, c,
                                     QString::fromLatin1(RequestSigning::toBase64Url(RequestSigning::randomBytes(32)))));
        QVERIFY(desk.isConnected());
        Ui::SettingsPage page(*s.context);
        page.resize(1000, 1100);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *section = page.findChild<Ui::ServerSettingsSection *>(QStringLiteral("serverSettings"));
        QVERIFY(section);
        QCOMPARE(child(section, "offlinePoints")->text(), QLocale().toString(120));
        QVERIFY(screenshot(&page, QStringLiteral("settings-central-server")));
    }

    void statusWords()
    {
        Ui::Language::install(QStringLiteral("en"));
        QCOMPARE(Ui::SyncStatusButton::textFor(true, 0, 0), QStringLiteral("Online"));
        QCOMPARE(Ui::SyncStatusButton::textFor(false, 0, 0), QStringLiteral("Offline"));
        QCOMPARE(Ui::SyncStatusButton::textFor(true, 3, 0), QStringLiteral("3 pending sync"));
        QCOMPARE(Ui::SyncStatusButton::textFor(false, 1, 0), QStringLiteral("Offline, 1 pending sync"));
        QCOMPARE(Ui::SyncStatusButton::textFor(true, 0, 2), QStringLiteral("Online · 2 conflict(s)"));
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
