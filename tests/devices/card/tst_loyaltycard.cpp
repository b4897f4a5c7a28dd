// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Loyalty card issue, read and erase through the devices layer against pcscd + vpcd with the
// virtual MIFARE Classic (tests/support/vicc_mifare.py); scriptor as an independent client.
#include "card/LoyaltyCardWriter.h"
#include "crypto/KeyDiversifier.h"
#include "TestMain.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Club::Devices;

Q_DECLARE_METATYPE(Club::Devices::MifareClassic::ValueBlock)

namespace {
const QString ReaderPattern = QStringLiteral("^Virtual PCD 00 00$");
const QByteArray Uid = QByteArray::fromHex("5A3C9E11");
const QByteArray OtherUid = QByteArray::fromHex("04A1B2C3");
const QByteArray TransportKey = QByteArray::fromHex("FFFFFFFFFFFF");
constexpr int CardTimeoutMs = 10000;
// Other sectors' trailers (15), blocks 4..6, trailer 7.
constexpr int PersonaliseWrites = 19;

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
} // namespace

class TestLoyaltyCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void valueBlockCodec_data();
    void valueBlockCodec();
    void valueBlockCodecRejects_data();
    void valueBlockCodecRejects();
    void valueBlocksOnCard();
    void freshCardIsBlank();
    void personaliseReadEraseAndReissue();
    void independentClientSeesLockedCard();
    void removalMidWriteIsNeverValid_data();
    void removalMidWriteIsNeverValid();
    void foreignCard();
    void copyOntoAnotherChipIsForged();
    void invalidInputWritesNothing();

private:
    void startCard(const QByteArray &uid, const QStringList &extra = {});
    void removeCard();
    // A fresh connection once the (virtual) card is on the reader.
    std::unique_ptr<PcscCard> connectCard();
    QString runScriptor(const QByteArray &script);

    PcscContext m_context;
    QString m_reader;
    QProcess m_vicc;
};

void TestLoyaltyCard::initTestCase()
{
    QFile env(qEnvironmentVariable("CLUB_TEST_PCSC_ENV"));
    if (!env.open(QIODevice::ReadOnly))
        QSKIP("no pcscd fixture (CLUB_TEST_PCSC_ENV): run through ctest");
    while (!env.atEnd()) {
        const QByteArray line = env.readLine().trimmed();
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            qputenv(line.left(eq).constData(), line.mid(eq + 1));
    }
    QCOMPARE(m_context.establish(), PcscError::None);
    QCOMPARE(m_context.findReader(ReaderPattern, &m_reader), PcscError::None);
}

void TestLoyaltyCard::cleanup()
{
    removeCard();
}

void TestLoyaltyCard::startCard(const QByteArray &uid, const QStringList &extra)
{
    m_vicc.setProcessChannelMode(QProcess::ForwardedChannels);
    m_vicc.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral(CLUB_TEST_VICC_MIFARE), QStringLiteral("--uid"),
                             QString::fromLatin1(uid.toHex()), QStringLiteral("--port"),
                             qEnvironmentVariable("CLUB_TEST_VPCD_PORT", QStringLiteral("35963"))}
                     + extra);
    QVERIFY(m_vicc.waitForStarted(5000));
    QCOMPARE(m_context.waitForCard(m_reader, CardTimeoutMs), PcscError::None);
}

void TestLoyaltyCard::removeCard()
{
    if (m_vicc.state() != QProcess::NotRunning) {
        m_vicc.kill();
        m_vicc.waitForFinished(5000);
    }
    // pcscd polls the reader: wait until it has seen the card go.
    QTRY_VERIFY_WITH_TIMEOUT(PcscCard(m_context).connect(m_reader) != PcscError::None, 5000);
}

std::unique_ptr<PcscCard> TestLoyaltyCard::connectCard()
{
    auto card = std::make_unique<PcscCard>(m_context);
    const PcscError error = card->connect(m_reader, CardTimeoutMs);
    if (error != PcscError::None) {
        qWarning("connect failed: %d", int(error));
        return {};
    }
    return card;
}

QString TestLoyaltyCard::runScriptor(const QByteArray &script)
{
    const QString scriptor = QStandardPaths::findExecutable(QStringLiteral("scriptor"));
    if (scriptor.isEmpty())
        return {};
    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    client.start(scriptor, {QStringLiteral("-r"), m_reader});
    if (!client.waitForStarted(5000))
        return {};
    client.write(script);
    client.closeWriteChannel();
    if (!client.waitForFinished(20000)) {
        client.kill();
        client.waitForFinished(5000);
        return {};
    }
    return QString::fromLocal8Bit(client.readAll());
}

void TestLoyaltyCard::valueBlockCodec_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("address");
    QTest::addColumn<QByteArray>("block");
    QTest::newRow("zero") << 0 << 6 << QByteArray::fromHex("00000000FFFFFFFF0000000006F906F9");
    QTest::newRow("1234") << 0x1234 << 5 << QByteArray::fromHex("34120000CBEDFFFF3412000005FA05FA");
    QTest::newRow("-1") << -1 << 0 << QByteArray::fromHex("FFFFFFFF00000000FFFFFFFF00FF00FF");
    QTest::newRow("max") << 0x7FFFFFFF << 0xFF << QByteArray::fromHex("FFFFFF7F00000080FFFFFF7FFF00FF00");
}

void TestLoyaltyCard::valueBlockCodec()
{
    QFETCH(int, value);
    QFETCH(int, address);
    QFETCH(QByteArray, block);
    QCOMPARE(MifareClassic::encodeValueBlock(value, quint8(address)), block);
    const auto decoded = MifareClassic::decodeValueBlock(block);
    QVERIFY(decoded);
    QCOMPARE(decoded->value, value);
    QCOMPARE(int(decoded->address), address);
}

void TestLoyaltyCard::valueBlockCodecRejects_data()
{
    QTest::addColumn<QByteArray>("block");
    const QByteArray good = QByteArray::fromHex("34120000CBEDFFFF3412000005FA05FA");
    QTest::newRow("short") << good.left(15);
    QTest::newRow("zeros") << QByteArray(16, '\0');
    for (int i = 0; i < 16; ++i) {
        QByteArray bad = good;
        bad[i] = char(bad.at(i) ^ 0x01);
        QTest::addRow("byte %d flipped", i) << bad;
    }
}

void TestLoyaltyCard::valueBlockCodecRejects()
{
    QFETCH(QByteArray, block);
    QVERIFY(!MifareClassic::decodeValueBlock(block));
}

void TestLoyaltyCard::valueBlocksOnCard()
{
    startCard(Uid);
    auto card = connectCard();
    QVERIFY(card);
    MifareClassic mifare(*card);
    qint32 value = 0;
    QCOMPARE(mifare.readValue(8, &value), MifareError::OperationFailed); // not authenticated
    QCOMPARE(mifare.loadKey(0, TransportKey), MifareError::None);
    QCOMPARE(mifare.authenticate(8, MifareClassic::KeyType::A, 0), MifareError::None);
    QCOMPARE(mifare.readValue(8, &value), MifareError::OperationFailed); // zeros are no value block
    QCOMPARE(mifare.storeValue(8, 100), MifareError::None);
    QCOMPARE(mifare.readValue(8, &value), MifareError::None);
    QCOMPARE(value, 100);
    QCOMPARE(mifare.increment(8, 0x01000005), MifareError::None);
    QCOMPARE(mifare.decrement(8, 300), MifareError::None);
    QCOMPARE(mifare.readValue(8, &value), MifareError::None);
    QCOMPARE(value, 100 + 0x01000005 - 300);
    QByteArray raw;
    QCOMPARE(mifare.readBlock(8, &raw), MifareError::None);
    QCOMPARE(raw, MifareClassic::encodeValueBlock(100 + 0x01000005 - 300, 8));
    QCOMPARE(mifare.storeValue(9, -42), MifareError::None);
    QCOMPARE(mifare.readValue(9, &value), MifareError::None);
    QCOMPARE(value, -42);
    QCOMPARE(mifare.increment(8, -1), MifareError::InvalidArgument);
    QCOMPARE(mifare.readValue(11, &value), MifareError::InvalidArgument); // trailer
    // Another sector is not authenticated.
    QCOMPARE(mifare.readValue(12, &value), MifareError::OperationFailed);

    // 78 77 88: key A reads a value but may neither store nor decrement it.
    const QByteArray keyA = QByteArray::fromHex("A1A2A3A4A5A6");
    const QByteArray keyB = QByteArray::fromHex("B1B2B3B4B5B6");
    QCOMPARE(mifare.writeBlock(11, MifareClassic::composeTrailer(
                                       keyA, MifareClassic::accessBytes(MifareClassic::Access::DataWriteKeyB), 0x69,
                                       keyB)),
             MifareError::None);
    QCOMPARE(mifare.loadKey(1, keyA), MifareError::None);
    QCOMPARE(mifare.authenticate(8, MifareClassic::KeyType::A, 1), MifareError::None);
    QCOMPARE(mifare.readValue(8, &value), MifareError::None);
    QCOMPARE(mifare.storeValue(8, 1), MifareError::OperationFailed);
    QCOMPARE(mifare.decrement(8, 1), MifareError::OperationFailed);
    // 38 77 8C: block 2 of the sector (10) is a value block key A may decrement.
    QCOMPARE(mifare.loadKey(1, keyB), MifareError::None);
    QCOMPARE(mifare.authenticate(8, MifareClassic::KeyType::B, 1), MifareError::None);
    QCOMPARE(mifare.storeValue(10, 50), MifareError::None);
    QCOMPARE(mifare.writeBlock(11, MifareClassic::composeTrailer(
                                       keyA, MifareClassic::accessBytes(MifareClassic::Access::ValueBlock2KeyB), 0x69,
                                       keyB)),
             MifareError::None);
    QCOMPARE(mifare.loadKey(1, keyA), MifareError::None);
    QCOMPARE(mifare.authenticate(8, MifareClassic::KeyType::A, 1), MifareError::None);
    QCOMPARE(mifare.decrement(10, 8), MifareError::None);
    QCOMPARE(mifare.increment(10, 8), MifareError::OperationFailed);
    QCOMPARE(mifare.readValue(10, &value), MifareError::None);
    QCOMPARE(value, 42);
}

void TestLoyaltyCard::freshCardIsBlank()
{
    startCard(Uid);
    auto card = connectCard();
    QVERIFY(card);
    MifareClassic mifare(*card);
    const auto read = LoyaltyCardWriter::read(mifare, {keys(1)});
    QCOMPARE(read.error, LoyaltyCardWriter::Error::None);
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Blank);
    QCOMPARE(read.uid, Uid);
}

void TestLoyaltyCard::personaliseReadEraseAndReissue()
{
    startCard(Uid);
    auto card = connectCard();
    QVERIFY(card);
    MifareClassic mifare(*card);
    const CardKeys k1 = keys(1);

    const auto issued = LoyaltyCardWriter::personalise(mifare, k1, sample());
    QCOMPARE(issued.error, LoyaltyCardWriter::Error::None);
    QCOMPARE(issued.stage, LoyaltyCardWriter::Stage::Done);
    QCOMPARE(issued.uid, Uid);

    // Read with an older and the current key version: the right one is found.
    auto read = LoyaltyCardWriter::read(mifare, {keys(2), k1});
    QCOMPARE(read.error, LoyaltyCardWriter::Error::None);
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Valid);
    QCOMPARE(read.data, sample());
    QCOMPARE(read.uid, Uid);
    // Without the right version nothing opens the card.
    QCOMPARE(LoyaltyCardWriter::read(mifare, {keys(2)}).check, LoyaltyCardWriter::Check::Foreign);

    // No sector is left with the transport key, and every trailer has our access bits.
    QCOMPARE(mifare.loadKey(0, TransportKey), MifareError::None);
    for (int sector = 0; sector < 16; ++sector) {
        const int trailer = MifareClassic::trailerBlock(sector);
        QCOMPARE(mifare.authenticate(trailer, MifareClassic::KeyType::A, 0), MifareError::AuthFailed);
        QCOMPARE(mifare.loadKey(1, KeyDiversifier::mifareClassicKey(k1.classicMaster, Uid, sector, false)),
                 MifareError::None);
        QCOMPARE(mifare.authenticate(trailer, MifareClassic::KeyType::A, 1), MifareError::None);
        QByteArray data;
        QCOMPARE(mifare.readBlock(trailer, &data), MifareError::None);
        QCOMPARE(data, QByteArray::fromHex("00000000000078778869000000000000"));
    }

    // A second issue onto the same card is refused before anything is written.
    const auto again = LoyaltyCardWriter::personalise(mifare, k1, sample());
    QCOMPARE(again.error, LoyaltyCardWriter::Error::NotBlank);
    QCOMPARE(again.stage, LoyaltyCardWriter::Stage::BlankCheck);

    const auto erased = LoyaltyCardWriter::erase(mifare, k1);
    QCOMPARE(erased.error, LoyaltyCardWriter::Error::None);
    read = LoyaltyCardWriter::read(mifare, {k1});
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Blank);
    // Factory trailers everywhere.
    for (int sector = 0; sector < 16; ++sector) {
        const int trailer = MifareClassic::trailerBlock(sector);
        QCOMPARE(mifare.authenticate(trailer, MifareClassic::KeyType::A, 0), MifareError::None);
        QByteArray data;
        QCOMPARE(mifare.readBlock(trailer, &data), MifareError::None);
        QCOMPARE(data, QByteArray::fromHex("000000000000FF078069FFFFFFFFFFFF"));
    }

    LoyaltyCardData renewed = sample();
    renewed.cardNumber = QStringLiteral("6280010000000015");
    QCOMPARE(LoyaltyCardWriter::personalise(mifare, k1, renewed).error, LoyaltyCardWriter::Error::None);
    read = LoyaltyCardWriter::read(mifare, {k1});
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Valid);
    QCOMPARE(read.data, renewed);
}

void TestLoyaltyCard::independentClientSeesLockedCard()
{
    if (QStandardPaths::findExecutable(QStringLiteral("scriptor")).isEmpty())
        QSKIP("scriptor (pcsc-tools) not installed");
    startCard(Uid);
    {
        auto card = connectCard();
        QVERIFY(card);
        MifareClassic mifare(*card);
        QCOMPARE(LoyaltyCardWriter::personalise(mifare, keys(1), sample()).error, LoyaltyCardWriter::Error::None);
    }
    // scriptor wraps long answers: the status word may be on the next line.
    const QRegularExpression answer(QStringLiteral("^< ([0-9A-F\\s]+?) :"), QRegularExpression::MultilineOption);
    auto answers = [&answer](const QString &output) {
        QStringList list;
        for (auto it = answer.globalMatch(output); it.hasNext();)
            list.append(it.next().captured(1).simplified());
        return list;
    };
    QString output = runScriptor("FF CA 00 00 00\nFF 82 00 00 06 FF FF FF FF FF FF\nFF 86 00 00 05 01 00 04 60 00\n"
                                 "FF B0 00 04 10\n");
    QCOMPARE(answers(output),
             (QStringList{QStringLiteral("5A 3C 9E 11 90 00"), QStringLiteral("90 00"), QStringLiteral("63 00"),
                          QStringLiteral("63 00")}));

    // With the diversified reader key, scriptor reads our magic.
    const QByteArray keyA = KeyDiversifier::mifareClassicKey(keys(1).classicMaster, Uid, 1, false);
    QByteArray script("FF 82 00 00 06 ");
    script.append(keyA.toHex(' ').toUpper()).append("\nFF 86 00 00 05 01 00 04 60 00\nFF B0 00 04 10\n");
    output = runScriptor(script);
    const QStringList list = answers(output);
    QVERIFY2(list.size() == 3, qPrintable(output));
    QCOMPARE(list.at(1), QStringLiteral("90 00"));
    QVERIFY2(list.at(2).startsWith(QStringLiteral("4C 59 01 01")), qPrintable(output));
    QVERIFY2(list.at(2).endsWith(QStringLiteral("90 00")), qPrintable(output));
}

void TestLoyaltyCard::removalMidWriteIsNeverValid_data()
{
    QTest::addColumn<int>("writes");
    QTest::addColumn<LoyaltyCardWriter::Stage>("stage");
    QTest::newRow("first trailer") << 0 << LoyaltyCardWriter::Stage::WriteTrailers;
    QTest::newRow("among trailers") << 7 << LoyaltyCardWriter::Stage::WriteTrailers;
    QTest::newRow("block 4") << 15 << LoyaltyCardWriter::Stage::WriteData;
    QTest::newRow("block 5") << 16 << LoyaltyCardWriter::Stage::WriteData;
    QTest::newRow("block 6") << 17 << LoyaltyCardWriter::Stage::WriteData;
    QTest::newRow("sector 1 trailer") << PersonaliseWrites - 1 << LoyaltyCardWriter::Stage::WriteTrailers;
}

void TestLoyaltyCard::removalMidWriteIsNeverValid()
{
    QFETCH(int, writes);
    QFETCH(LoyaltyCardWriter::Stage, stage);
    const CardKeys k1 = keys(1);
    startCard(Uid, {QStringLiteral("--drop-after-writes"), QString::number(writes), QStringLiteral("--reinsert-after"),
                    QStringLiteral("2")});
    {
        auto card = connectCard();
        QVERIFY(card);
        MifareClassic mifare(*card);
        const auto result = LoyaltyCardWriter::personalise(mifare, k1, sample());
        QCOMPARE(result.error, LoyaltyCardWriter::Error::CardIo);
        QCOMPARE(result.stage, stage);
    }
    // The card comes back with whatever it holds: never Valid; erase and re-issue work.
    // pcscd may not have noticed the removal yet, so a first connection can be stale.
    std::unique_ptr<PcscCard> card;
    LoyaltyCardWriter::ReadResult read;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        card = std::make_unique<PcscCard>(m_context);
        if (card->connect(m_reader, 1000) == PcscError::None) {
            MifareClassic probe(*card);
            read = LoyaltyCardWriter::read(probe, {k1});
            if (read.error == LoyaltyCardWriter::Error::None)
                break;
        }
        QTest::qWait(200);
    }
    MifareClassic mifare(*card);
    QCOMPARE(read.error, LoyaltyCardWriter::Error::None);
    QVERIFY(read.check != LoyaltyCardWriter::Check::Valid);
    QCOMPARE(LoyaltyCardWriter::erase(mifare, k1).error, LoyaltyCardWriter::Error::None);
    QCOMPARE(LoyaltyCardWriter::read(mifare, {k1}).check, LoyaltyCardWriter::Check::Blank);
    QCOMPARE(LoyaltyCardWriter::personalise(mifare, k1, sample()).error, LoyaltyCardWriter::Error::None);
    QCOMPARE(LoyaltyCardWriter::read(mifare, {k1}).check, LoyaltyCardWriter::Check::Valid);
}

void TestLoyaltyCard::foreignCard()
{
    startCard(Uid, {QStringLiteral("--random-keys")});
    auto card = connectCard();
    QVERIFY(card);
    MifareClassic mifare(*card);
    const auto read = LoyaltyCardWriter::read(mifare, {keys(1), keys(2)});
    QCOMPARE(read.error, LoyaltyCardWriter::Error::None);
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Foreign);
    const auto issued = LoyaltyCardWriter::personalise(mifare, keys(1), sample());
    QCOMPARE(issued.error, LoyaltyCardWriter::Error::NotBlank);
    QCOMPARE(LoyaltyCardWriter::erase(mifare, keys(1)).error, LoyaltyCardWriter::Error::AuthFailed);
}

void TestLoyaltyCard::copyOntoAnotherChipIsForged()
{
    const CardKeys k1 = keys(1);
    QByteArray block4, block5;
    startCard(Uid);
    {
        auto card = connectCard();
        QVERIFY(card);
        MifareClassic mifare(*card);
        QCOMPARE(LoyaltyCardWriter::personalise(mifare, k1, sample()).error, LoyaltyCardWriter::Error::None);
        QCOMPARE(mifare.loadKey(0, KeyDiversifier::mifareClassicKey(k1.classicMaster, Uid, 1, false)),
                 MifareError::None);
        QCOMPARE(mifare.authenticate(4, MifareClassic::KeyType::A, 0), MifareError::None);
        QCOMPARE(mifare.readBlock(4, &block4), MifareError::None);
        QCOMPARE(mifare.readBlock(5, &block5), MifareError::None);
    }
    removeCard();

    // An attacker with the issuer's keys copies the sector onto another chip.
    startCard(OtherUid);
    auto card = connectCard();
    QVERIFY(card);
    MifareClassic mifare(*card);
    LoyaltyCardData other = sample();
    other.cardNumber = QStringLiteral("6280010000000015");
    QCOMPARE(LoyaltyCardWriter::personalise(mifare, k1, other).error, LoyaltyCardWriter::Error::None);
    QCOMPARE(LoyaltyCardWriter::read(mifare, {k1}).check, LoyaltyCardWriter::Check::Valid);
    QCOMPARE(mifare.loadKey(0, KeyDiversifier::mifareClassicKey(k1.classicMaster, OtherUid, 1, true)),
             MifareError::None);
    QCOMPARE(mifare.authenticate(4, MifareClassic::KeyType::B, 0), MifareError::None);
    QCOMPARE(mifare.writeBlock(4, block4), MifareError::None);
    QCOMPARE(mifare.writeBlock(5, block5), MifareError::None);
    const auto read = LoyaltyCardWriter::read(mifare, {k1});
    QCOMPARE(read.error, LoyaltyCardWriter::Error::None);
    QCOMPARE(read.check, LoyaltyCardWriter::Check::Forged);
}

void TestLoyaltyCard::invalidInputWritesNothing()
{
    startCard(Uid);
    auto card = connectCard();
    QVERIFY(card);
    MifareClassic mifare(*card);
    LoyaltyCardData bad = sample();
    bad.cardNumber = QStringLiteral("6280011234567895");
    auto result = LoyaltyCardWriter::personalise(mifare, keys(1), bad);
    QCOMPARE(result.error, LoyaltyCardWriter::Error::InvalidData);
    QCOMPARE(result.layoutError, LoyaltyCardLayout::Error::BadLuhn);
    result = LoyaltyCardWriter::personalise(mifare, keys(2), sample());
    QCOMPARE(result.error, LoyaltyCardWriter::Error::InvalidData);
    QCOMPARE(result.layoutError, LoyaltyCardLayout::Error::BadKeyVersion);
    QCOMPARE(LoyaltyCardWriter::personalise(mifare, CardKeys{}, sample()).error,
             LoyaltyCardWriter::Error::InvalidKeys);
    QCOMPARE(LoyaltyCardWriter::read(mifare, {keys(1)}).check, LoyaltyCardWriter::Check::Blank);
}

QTEST_GUILESS_MAIN(TestLoyaltyCard)
#include "tst_loyaltycard.moc"
