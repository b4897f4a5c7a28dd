// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Magstripe tracks of the loyalty card: composition, parsing and MAC verification.
#include "card/LoyaltyStripe.h"
#include "crypto/CardKeys.h"
#include "crypto/CardMac.h"
#include "TestMain.h"

#include <QTest>

using namespace Club::Devices;

Q_DECLARE_METATYPE(Club::Devices::LoyaltyStripe::Check)
Q_DECLARE_METATYPE(Club::Devices::LoyaltyStripe::Error)

namespace {
CardKeys keys(int version)
{
    return CardKeys::derive(version, QByteArray(32, '\x42'));
}

LoyaltyCardData sample()
{
    LoyaltyCardData d;
    d.keyVersion = 1;
    d.programmeId = 7;
    d.cardNumber = QStringLiteral("6280011234567894");
    d.issueDate = QDate(2026, 11, 23);
    d.expiry = QDate(2029, 11, 30);
    d.flags = 1;
    return d;
}

const QString Name = QStringLiteral("Jane Doe");
} // namespace

class TestLoyaltyStripe : public QObject
{
    Q_OBJECT

private slots:
    void composesLayout();
    void composeRejects_data();
    void composeRejects();
    void parse_data();
    void parse();
};

void TestLoyaltyStripe::composesLayout()
{
    const CardKeys k = keys(1);
    const auto tracks = LoyaltyStripe::compose(sample(), Name, k);
    QCOMPARE(tracks.error, LoyaltyStripe::Error::None);
    const QString digits = CardMac::magstripeMacDigits(k.stripeHmac, sample().cardNumber, QStringLiteral("2911"));
    const QString b36 = CardMac::magstripeMacBase36(k.stripeHmac, sample().cardNumber, QStringLiteral("2911"));
    QCOMPARE(tracks.track2, QByteArray("6280011234567894=29111").append(digits.toLatin1()));
    QCOMPARE(tracks.track1, QByteArray("L6280011234567894^JANE DOE^29111").append(b36.toLatin1()));
    QCOMPARE(tracks.track2.size(), 16 + 1 + 4 + 1 + 8);
}

void TestLoyaltyStripe::composeRejects_data()
{
    QTest::addColumn<LoyaltyCardData>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("keysVersion");
    QTest::addColumn<LoyaltyStripe::Error>("error");
    LoyaltyCardData luhn = sample();
    luhn.cardNumber = QStringLiteral("6280011234567895");
    LoyaltyCardData shortNumber = sample();
    shortNumber.cardNumber.chop(1);
    LoyaltyCardData noExpiry = sample();
    noExpiry.expiry = {};
    QTest::newRow("luhn") << luhn << Name << 1 << LoyaltyStripe::Error::InvalidData;
    QTest::newRow("15 digits") << shortNumber << Name << 1 << LoyaltyStripe::Error::InvalidData;
    QTest::newRow("no expiry") << noExpiry << Name << 1 << LoyaltyStripe::Error::InvalidData;
    QTest::newRow("other key version") << sample() << Name << 2 << LoyaltyStripe::Error::InvalidKeys;
    QTest::newRow("no keys") << sample() << Name << 0 << LoyaltyStripe::Error::InvalidKeys;
    QTest::newRow("empty name") << sample() << QString() << 1 << LoyaltyStripe::Error::InvalidName;
    QTest::newRow("separator in name") << sample() << QStringLiteral("A^B") << 1 << LoyaltyStripe::Error::InvalidName;
    QTest::newRow("non-latin name") << sample() << QStringLiteral("\u0639\u0644\u06cc") << 1
                                    << LoyaltyStripe::Error::InvalidName;
}

void TestLoyaltyStripe::composeRejects()
{
    QFETCH(LoyaltyCardData, data);
    QFETCH(QString, name);
    QFETCH(int, keysVersion);
    QFETCH(LoyaltyStripe::Error, error);
    const auto tracks = LoyaltyStripe::compose(data, name, keysVersion ? keys(keysVersion) : CardKeys{});
    QCOMPARE(tracks.error, error);
    QVERIFY(tracks.track1.isEmpty());
    QVERIFY(tracks.track2.isEmpty());
}

void TestLoyaltyStripe::parse_data()
{
    QTest::addColumn<QByteArray>("track1");
    QTest::addColumn<QByteArray>("track2");
    QTest::addColumn<LoyaltyStripe::Check>("check");
    const auto good = LoyaltyStripe::compose(sample(), Name, keys(1));
    const QByteArray t1 = good.track1;
    const QByteArray t2 = good.track2;
    auto flipLast = [](QByteArray t) {
        t[t.size() - 1] = t.at(t.size() - 1) == '0' ? '1' : '0';
        return t;
    };
    LoyaltyCardData v3 = sample();
    v3.keyVersion = 3;
    const auto unknown = LoyaltyStripe::compose(v3, Name, keys(3));
    LoyaltyCardData later = sample();
    later.expiry = QDate(2031, 1, 31);
    const auto laterTracks = LoyaltyStripe::compose(later, Name, keys(1));
    QByteArray badLuhn = t2;
    badLuhn[15] = '5';

    QTest::newRow("both") << t1 << t2 << LoyaltyStripe::Check::Valid;
    QTest::newRow("track 2 only") << QByteArray() << t2 << LoyaltyStripe::Check::Valid;
    QTest::newRow("track 1 only") << t1 << QByteArray() << LoyaltyStripe::Check::Valid;
    QTest::newRow("blank") << QByteArray() << QByteArray() << LoyaltyStripe::Check::Blank;
    QTest::newRow("track 2 MAC") << t1 << flipLast(t2) << LoyaltyStripe::Check::Forged;
    QTest::newRow("track 1 MAC") << flipLast(t1) << t2 << LoyaltyStripe::Check::Forged;
    QTest::newRow("luhn") << QByteArray() << badLuhn << LoyaltyStripe::Check::Forged;
    QTest::newRow("tracks disagree") << t1 << laterTracks.track2 << LoyaltyStripe::Check::Forged;
    QTest::newRow("expiry changed") << QByteArray()
                                    << QByteArray(t2).replace("=2911", "=3111") << LoyaltyStripe::Check::Forged;
    QTest::newRow("unknown key version") << unknown.track1 << unknown.track2
                                         << LoyaltyStripe::Check::UnknownKeyVersion;
    QTest::newRow("bank card") << QByteArray("B4111111111111111^DOE/JANE^2912101000000000000000")
                               << QByteArray("4111111111111111=29121010000000000000") << LoyaltyStripe::Check::Foreign;
    QTest::newRow("bank card, track 1 only") << QByteArray("B4111111111111111^DOE/JANE^2912101")
                                             << QByteArray() << LoyaltyStripe::Check::Foreign;
    QTest::newRow("other format code") << QByteArray(t1).replace(0, 1, "M") << t2 << LoyaltyStripe::Check::Foreign;
    QTest::newRow("track 2 too long") << QByteArray() << QByteArray(t2).append('0') << LoyaltyStripe::Check::Foreign;
    QTest::newRow("month 13") << QByteArray() << QByteArray(t2).replace("=2911", "=2913")
                              << LoyaltyStripe::Check::Foreign;
    QTest::newRow("track 1 no name") << QByteArray(t1).replace("^JANE DOE^", "^^") << QByteArray()
                                     << LoyaltyStripe::Check::Foreign;
}

void TestLoyaltyStripe::parse()
{
    QFETCH(QByteArray, track1);
    QFETCH(QByteArray, track2);
    QFETCH(LoyaltyStripe::Check, check);
    const auto read = LoyaltyStripe::parse(track1, track2, {keys(2), keys(1)});
    QCOMPARE(read.check, check);
    if (check == LoyaltyStripe::Check::Valid) {
        QCOMPARE(read.cardNumber, sample().cardNumber);
        QCOMPARE(read.expiryYymm, QStringLiteral("2911"));
        QCOMPARE(read.keyVersion, 1);
        QCOMPARE(read.name, track1.isEmpty() ? QString() : QStringLiteral("JANE DOE"));
    }
}

QTEST_GUILESS_MAIN(TestLoyaltyStripe)
#include "tst_loyaltystripe.moc"
