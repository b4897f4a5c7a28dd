// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "magstripe/Msr605Protocol.h"

namespace Club::Devices::Msr605Protocol {

namespace {

constexpr char Esc = 0x1B;

QByteArray command(char code)
{
    QByteArray frame;
    frame += Esc;
    frame += code;
    return frame;
}

} // namespace

QByteArray reset()
{
    return command(0x61);
}
QByteArray communicationTest()
{
    return command(0x65);
}
QByteArray readIso()
{
    return command(0x72);
}
QByteArray setHiCo()
{
    return command(0x78);
}
QByteArray setLoCo()
{
    return command(0x79);
}
QByteArray getCoercivity()
{
    return command(0x64);
}
QByteArray model()
{
    return command(0x74);
}
QByteArray firmware()
{
    return command(0x76);
}

std::optional<QByteArray> writeIso(const QByteArray &track1, const QByteArray &track2, const QByteArray &track3)
{
    using TrackCodec::Track;
    const std::pair<Track, const QByteArray *> tracks[] = {
        {Track::One, &track1}, {Track::Two, &track2}, {Track::Three, &track3}};
    QByteArray frame = command(0x77);
    frame += Esc;
    frame += char(0x73);
    for (const auto &[track, data] : tracks) {
        if (TrackCodec::validate(track, *data).status != TrackCodec::ValidationStatus::Ok)
            return std::nullopt;
        frame += Esc;
        frame += char(int(track));
        frame += *data;
    }
    frame += char(0x3F);
    frame += char(0x1C);
    return frame;
}

std::optional<QByteArray> erase(bool track1, bool track2, bool track3)
{
    if (!track1 && !track2 && !track3)
        return std::nullopt;
    // Track 1 alone is 00; every combination with another track uses bit 0 for track 1.
    const int selector = (track1 && (track2 || track3) ? 1 : 0) | (track2 ? 2 : 0) | (track3 ? 4 : 0);
    QByteArray frame = command(0x63);
    frame += char(selector);
    return frame;
}

Msr605Status statusFromByte(quint8 byte)
{
    switch (byte) {
    case 0x30:
        return Msr605Status::Ok;
    case 0x31:
        return Msr605Status::ReadWriteError;
    case 0x32:
        return Msr605Status::CommandFormatError;
    case 0x34:
        return Msr605Status::InvalidCommand;
    case 0x39:
        return Msr605Status::BadSwipe;
    case 0x41:
        return Msr605Status::SettingFailed;
    default:
        return Msr605Status::Unknown;
    }
}

void ReplyParser::expect(Expect expect)
{
    m_expect = expect;
    m_buffer.clear();
}

std::optional<Msr605Reply> ReplyParser::feed(const QByteArray &chunk)
{
    m_buffer += chunk;
    // Line noise before the reply (e.g. a late byte of a cancelled command) is skipped.
    const qsizetype esc = m_buffer.indexOf(Esc);
    if (esc < 0) {
        m_buffer.clear();
        return std::nullopt;
    }
    m_buffer.remove(0, esc);
    if (m_buffer.size() < 2)
        return std::nullopt;

    Msr605Reply reply;
    const auto second = quint8(m_buffer.at(1));
    switch (m_expect) {
    case Expect::IsoRead:
        if (second == 0x73)
            return parseIsoRead();
        [[fallthrough]]; // a failed read answers with a bare status
    case Expect::Status:
        reply.kind = Msr605Reply::Kind::Status;
        reply.statusByte = second;
        reply.status = statusFromByte(second);
        break;
    case Expect::CommunicationTest:
        reply.kind = second == 0x79 ? Msr605Reply::Kind::CommunicationOk : Msr605Reply::Kind::Malformed;
        reply.statusByte = second;
        break;
    case Expect::Coercivity:
        // The manual says H/L; devices in the field answer h/l too.
        if (second == 'H' || second == 'h' || second == 'L' || second == 'l') {
            reply.kind = Msr605Reply::Kind::Coercivity;
            reply.coercivity = (second == 'H' || second == 'h') ? Msr605Coercivity::High : Msr605Coercivity::Low;
        } else {
            reply.kind = Msr605Reply::Kind::Malformed;
        }
        reply.statusByte = second;
        break;
    case Expect::Model:
        if (m_buffer.size() < 3)
            return std::nullopt;
        reply.kind = m_buffer.at(2) == 'S' ? Msr605Reply::Kind::Text : Msr605Reply::Kind::Malformed;
        reply.text = m_buffer.mid(1, 1);
        break;
    case Expect::Firmware:
        if (m_buffer.size() < 9)
            return std::nullopt;
        reply.kind = Msr605Reply::Kind::Text;
        reply.text = m_buffer.mid(1, 8);
        break;
    }
    m_buffer.clear();
    return reply;
}

std::optional<Msr605Reply> ReplyParser::parseIsoRead()
{
    using TrackCodec::Track;
    // Track characters are 0x20..0x5F, so ESC and FS (1C) only ever appear as framing.
    const qsizetype end = m_buffer.indexOf(char(0x1C));
    if (end < 0 || m_buffer.size() < end + 3)
        return std::nullopt;

    Msr605Reply reply;
    reply.kind = Msr605Reply::Kind::Malformed;
    const qsizetype t1 = m_buffer.indexOf(command(1));
    const qsizetype t2 = m_buffer.indexOf(command(2));
    const qsizetype t3 = m_buffer.indexOf(command(3));
    const bool framed =
        t1 == 2 && t2 > t1 && t3 > t2 && end > t3 + 2 && m_buffer.at(end - 1) == 0x3F && m_buffer.at(end + 1) == Esc;
    if (framed) {
        reply.kind = Msr605Reply::Kind::IsoRead;
        reply.tracks.track1 = TrackCodec::parseIsoRead(Track::One, m_buffer.mid(t1 + 2, t2 - t1 - 2));
        reply.tracks.track2 = TrackCodec::parseIsoRead(Track::Two, m_buffer.mid(t2 + 2, t3 - t2 - 2));
        reply.tracks.track3 = TrackCodec::parseIsoRead(Track::Three, m_buffer.mid(t3 + 2, end - 1 - t3 - 2));
        reply.statusByte = quint8(m_buffer.at(end + 2));
        reply.status = statusFromByte(reply.statusByte);
    }
    m_buffer.clear();
    return reply;
}

} // namespace Club::Devices::Msr605Protocol
