// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MifareClassic.h"

namespace Club::Devices {

namespace {
constexpr char Cla = char(0xFF);

bool validBlock(int block)
{
    return block >= 0 && block < MifareClassic::Blocks1K;
}

// Data blocks only: block 0 is the manufacturer block and trailers hold keys.
bool validValueBlock(int block)
{
    return validBlock(block) && block != 0 && !MifareClassic::isTrailer(block);
}

void appendLe32(QByteArray *out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out->append(char((v >> (8 * i)) & 0xFF));
}

quint32 le32(const QByteArray &bytes, int offset)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v |= quint32(quint8(bytes.at(offset + i))) << (8 * i);
    return v;
}

constexpr quint8 ValueStore = 0x00;
constexpr quint8 ValueIncrement = 0x01;
constexpr quint8 ValueDecrement = 0x02;
} // namespace

MifareClassic::MifareClassic(PcscCard &card)
    : m_card(card)
{}

MifareError MifareClassic::exchange(const QByteArray &apdu, MifareError statusFailure, QByteArray *data)
{
    QByteArray response;
    m_lastPcscError = m_card.transmit(apdu, &response);
    if (m_lastPcscError != PcscError::None)
        return MifareError::Transport;
    const auto sw1 = quint8(response.at(response.size() - 2));
    const auto sw2 = quint8(response.at(response.size() - 1));
    if (sw1 == 0x90 && sw2 == 0x00) {
        if (data)
            *data = response.left(response.size() - 2);
        return MifareError::None;
    }
    // ACS readers answer 63 00 for every card-side refusal.
    if (sw1 == 0x63 && sw2 == 0x00)
        return statusFailure;
    return MifareError::BadResponse;
}

MifareError MifareClassic::getUid(QByteArray *uid)
{
    uid->clear();
    QByteArray data;
    const MifareError error = exchange(QByteArray::fromHex("FFCA000000"), MifareError::OperationFailed, &data);
    if (error != MifareError::None)
        return error;
    if (data.size() != 4 && data.size() != 7 && data.size() != 10)
        return MifareError::BadResponse;
    *uid = data;
    return MifareError::None;
}

MifareError MifareClassic::loadKey(int slot, const QByteArray &key)
{
    if (slot < 0 || slot > 1 || key.size() != KeySize)
        return MifareError::InvalidArgument;
    QByteArray apdu;
    apdu.append(Cla).append(char(0x82)).append(char(0x00)).append(char(slot)).append(char(KeySize));
    apdu.append(key);
    return exchange(apdu, MifareError::OperationFailed, nullptr);
}

MifareError MifareClassic::authenticate(int block, KeyType type, int slot)
{
    if (!validBlock(block) || slot < 0 || slot > 1)
        return MifareError::InvalidArgument;
    QByteArray apdu;
    apdu.append(Cla).append(char(0x86)).append(char(0x00)).append(char(0x00)).append(char(0x05));
    apdu.append(char(0x01)).append(char(0x00)).append(char(block)).append(char(type)).append(char(slot));
    return exchange(apdu, MifareError::AuthFailed, nullptr);
}

MifareError MifareClassic::readBlock(int block, QByteArray *data)
{
    data->clear();
    if (!validBlock(block))
        return MifareError::InvalidArgument;
    QByteArray apdu;
    apdu.append(Cla).append(char(0xB0)).append(char(0x00)).append(char(block)).append(char(BlockSize));
    QByteArray answer;
    const MifareError error = exchange(apdu, MifareError::OperationFailed, &answer);
    if (error != MifareError::None)
        return error;
    if (answer.size() != BlockSize)
        return MifareError::BadResponse;
    *data = answer;
    return MifareError::None;
}

MifareError MifareClassic::writeBlock(int block, const QByteArray &data)
{
    // Block 0 holds the UID; writable only on "magic" clones, never by this application.
    if (!validBlock(block) || block == 0 || data.size() != BlockSize)
        return MifareError::InvalidArgument;
    QByteArray apdu;
    apdu.append(Cla).append(char(0xD6)).append(char(0x00)).append(char(block)).append(char(BlockSize));
    apdu.append(data);
    return exchange(apdu, MifareError::OperationFailed, nullptr);
}

MifareError MifareClassic::readValue(int block, qint32 *value)
{
    *value = 0;
    if (!validValueBlock(block))
        return MifareError::InvalidArgument;
    QByteArray apdu;
    apdu.append(Cla).append(char(0xB1)).append(char(0x00)).append(char(block)).append(char(0x04));
    QByteArray answer;
    const MifareError error = exchange(apdu, MifareError::OperationFailed, &answer);
    if (error != MifareError::None)
        return error;
    if (answer.size() != 4)
        return MifareError::BadResponse;
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(answer.at(i));
    *value = qint32(v);
    return MifareError::None;
}

MifareError MifareClassic::valueOperation(int block, quint8 operation, qint32 operand)
{
    if (!validValueBlock(block))
        return MifareError::InvalidArgument;
    QByteArray apdu;
    apdu.append(Cla).append(char(0xD7)).append(char(0x00)).append(char(block)).append(char(0x05));
    apdu.append(char(operation));
    const auto v = quint32(operand);
    for (int shift = 24; shift >= 0; shift -= 8)
        apdu.append(char((v >> shift) & 0xFF));
    return exchange(apdu, MifareError::OperationFailed, nullptr);
}

MifareError MifareClassic::storeValue(int block, qint32 value)
{
    return valueOperation(block, ValueStore, value);
}

MifareError MifareClassic::increment(int block, qint32 delta)
{
    if (delta < 0)
        return MifareError::InvalidArgument;
    return valueOperation(block, ValueIncrement, delta);
}

MifareError MifareClassic::decrement(int block, qint32 delta)
{
    if (delta < 0)
        return MifareError::InvalidArgument;
    return valueOperation(block, ValueDecrement, delta);
}

QByteArray MifareClassic::encodeValueBlock(qint32 value, quint8 address)
{
    const auto v = quint32(value);
    QByteArray block;
    block.reserve(BlockSize);
    appendLe32(&block, v);
    appendLe32(&block, ~v);
    appendLe32(&block, v);
    block.append(char(address)).append(char(~address)).append(char(address)).append(char(~address));
    return block;
}

std::optional<MifareClassic::ValueBlock> MifareClassic::decodeValueBlock(const QByteArray &block)
{
    if (block.size() != BlockSize)
        return std::nullopt;
    const quint32 v = le32(block, 0);
    if (le32(block, 4) != ~v || le32(block, 8) != v)
        return std::nullopt;
    const auto a = quint8(block.at(12));
    if (quint8(block.at(13)) != quint8(~a) || quint8(block.at(14)) != a || quint8(block.at(15)) != quint8(~a))
        return std::nullopt;
    return ValueBlock{qint32(v), a};
}

QByteArray MifareClassic::accessBytes(Access access)
{
    switch (access) {
    case Access::Transport:
        return QByteArray::fromHex("FF0780");
    case Access::DataWriteKeyB:
        return QByteArray::fromHex("787788");
    case Access::ValueBlock2KeyB:
        return QByteArray::fromHex("38778C");
    }
    return {};
}

QByteArray
MifareClassic::composeTrailer(const QByteArray &keyA, const QByteArray &access, quint8 gpb, const QByteArray &keyB)
{
    if (keyA.size() != KeySize || access.size() != 3 || keyB.size() != KeySize)
        return {};
    QByteArray trailer;
    trailer.reserve(BlockSize);
    trailer.append(keyA).append(access).append(char(gpb)).append(keyB);
    return trailer;
}

} // namespace Club::Devices
