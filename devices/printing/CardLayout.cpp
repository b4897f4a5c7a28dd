// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/CardLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Club::Devices {

namespace {

const auto FormatName = QLatin1String("club-card-layout");

// Enum <-> JSON names. Names, not numbers, so a stored template stays readable and an enum
// reordering cannot silently change stored designs.
template<typename E> struct Names
{
    E value;
    QLatin1String name;
};

constexpr Names<CardElement::Kind> KindNames[] = {
    {CardElement::Kind::Text, QLatin1String("text")},
    {CardElement::Kind::Image, QLatin1String("image")},
    {CardElement::Kind::Barcode, QLatin1String("barcode")},
    {CardElement::Kind::Rectangle, QLatin1String("rectangle")},
};
constexpr Names<CardElement::Alignment> AlignmentNames[] = {
    {CardElement::Alignment::Leading, QLatin1String("leading")},
    {CardElement::Alignment::Center, QLatin1String("center")},
    {CardElement::Alignment::Trailing, QLatin1String("trailing")},
};
constexpr Names<CardElement::ImageFit> FitNames[] = {
    {CardElement::ImageFit::Contain, QLatin1String("contain")},
    {CardElement::ImageFit::Cover, QLatin1String("cover")},
    {CardElement::ImageFit::Stretch, QLatin1String("stretch")},
};
constexpr Names<CardElement::Symbology> SymbologyNames[] = {
    {CardElement::Symbology::Code128, QLatin1String("code128")},
    {CardElement::Symbology::Qr, QLatin1String("qr")},
};

template<typename E, std::size_t N> QString nameOf(const Names<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return entry.name;
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> valueOf(const Names<E> (&table)[N], const QString &name)
{
    for (const auto &entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.' ||
           c == u'-';
}

QJsonArray rectToJson(const QRectF &r)
{
    return QJsonArray{r.x(), r.y(), r.width(), r.height()};
}

std::optional<QRectF> rectFromJson(const QJsonValue &value)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 4)
        return std::nullopt;
    for (const auto &v : a) {
        if (!v.isDouble())
            return std::nullopt;
    }
    return QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble());
}

QString colorToJson(const QColor &c)
{
    return c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

QJsonObject elementToJson(const CardElement &e)
{
    QJsonObject o{
        {QStringLiteral("type"), nameOf(KindNames, e.kind)},
        {QStringLiteral("rect"), rectToJson(e.rectMm)},
        {QStringLiteral("z"), e.z},
    };
    switch (e.kind) {
    case CardElement::Kind::Text:
        o.insert(QStringLiteral("text"), e.content);
        o.insert(QStringLiteral("font"), e.fontFamily);
        o.insert(QStringLiteral("sizePt"), e.fontSizePt);
        o.insert(QStringLiteral("bold"), e.bold);
        o.insert(QStringLiteral("align"), nameOf(AlignmentNames, e.alignment));
        o.insert(QStringLiteral("wrap"), e.wordWrap);
        o.insert(QStringLiteral("color"), colorToJson(e.color));
        break;
    case CardElement::Kind::Image:
        if (!e.imageData.isEmpty())
            o.insert(QStringLiteral("png"), QString::fromLatin1(e.imageData.toBase64()));
        else
            o.insert(QStringLiteral("source"), e.content);
        o.insert(QStringLiteral("fit"), nameOf(FitNames, e.fit));
        break;
    case CardElement::Kind::Barcode:
        o.insert(QStringLiteral("symbology"), nameOf(SymbologyNames, e.symbology));
        o.insert(QStringLiteral("data"), e.content);
        break;
    case CardElement::Kind::Rectangle:
        o.insert(QStringLiteral("color"), colorToJson(e.color));
        o.insert(QStringLiteral("radius"), e.cornerRadiusMm);
        break;
    }
    return o;
}

std::optional<CardElement> elementFromJson(const QJsonObject &o)
{
    CardElement e;
    const auto kind = valueOf(KindNames, o.value(QStringLiteral("type")).toString());
    const auto rect = rectFromJson(o.value(QStringLiteral("rect")));
    if (!kind || !rect)
        return std::nullopt;
    e.kind = *kind;
    e.rectMm = *rect;
    e.z = o.value(QStringLiteral("z")).toInt();
    const auto colorValue = o.value(QStringLiteral("color"));
    if (!colorValue.isUndefined()) {
        e.color = QColor::fromString(colorValue.toString());
        if (!e.color.isValid())
            return std::nullopt;
    }
    switch (e.kind) {
    case CardElement::Kind::Text: {
        e.content = o.value(QStringLiteral("text")).toString();
        e.fontFamily = o.value(QStringLiteral("font")).toString(e.fontFamily);
        e.fontSizePt = o.value(QStringLiteral("sizePt")).toDouble(e.fontSizePt);
        e.bold = o.value(QStringLiteral("bold")).toBool();
        e.wordWrap = o.value(QStringLiteral("wrap")).toBool();
        const auto align =
            valueOf(AlignmentNames, o.value(QStringLiteral("align")).toString(QStringLiteral("leading")));
        if (!align || e.fontSizePt <= 0)
            return std::nullopt;
        e.alignment = *align;
        break;
    }
    case CardElement::Kind::Image: {
        const auto png = o.value(QStringLiteral("png"));
        if (png.isString()) {
            auto decoded =
                QByteArray::fromBase64Encoding(png.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return std::nullopt;
            e.imageData = *decoded;
        }
        e.content = o.value(QStringLiteral("source")).toString();
        const auto fit = valueOf(FitNames, o.value(QStringLiteral("fit")).toString(QStringLiteral("contain")));
        if (!fit)
            return std::nullopt;
        e.fit = *fit;
        break;
    }
    case CardElement::Kind::Barcode: {
        const auto symbology = valueOf(SymbologyNames, o.value(QStringLiteral("symbology")).toString());
        if (!symbology)
            return std::nullopt;
        e.symbology = *symbology;
        e.content = o.value(QStringLiteral("data")).toString();
        break;
    }
    case CardElement::Kind::Rectangle:
        e.cornerRadiusMm = o.value(QStringLiteral("radius")).toDouble();
        break;
    }
    return e;
}

QJsonObject sideToJson(const CardSideLayout &side)
{
    QJsonObject background{{QStringLiteral("color"), colorToJson(side.backgroundColor)}};
    if (!side.backgroundImage.isEmpty())
        background.insert(QStringLiteral("image"), QString::fromLatin1(side.backgroundImage.toBase64()));
    QJsonArray elements;
    for (const auto &e : side.elements)
        elements.append(elementToJson(e));
    QJsonArray keepOut;
    for (const auto &r : side.keepOutMm)
        keepOut.append(rectToJson(r));
    return QJsonObject{
        {QStringLiteral("background"), background},
        {QStringLiteral("elements"), elements},
        {QStringLiteral("keepOut"), keepOut},
    };
}

std::optional<CardSideLayout> sideFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    CardSideLayout side;
    const QJsonObject background = o.value(QStringLiteral("background")).toObject();
    side.backgroundColor =
        QColor::fromString(background.value(QStringLiteral("color")).toString(QStringLiteral("#ffffff")));
    if (!side.backgroundColor.isValid())
        return std::nullopt;
    const auto image = background.value(QStringLiteral("image"));
    if (image.isString()) {
        auto decoded =
            QByteArray::fromBase64Encoding(image.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        side.backgroundImage = *decoded;
    }
    for (const auto &v : o.value(QStringLiteral("elements")).toArray()) {
        auto element = elementFromJson(v.toObject());
        if (!element)
            return std::nullopt;
        side.elements.append(*element);
    }
    for (const auto &v : o.value(QStringLiteral("keepOut")).toArray()) {
        auto rect = rectFromJson(v);
        if (!rect)
            return std::nullopt;
        side.keepOutMm.append(*rect);
    }
    return side;
}

CardElement text(QRectF rect, const QString &content, qreal sizePt, bool bold, CardElement::Alignment align)
{
    CardElement e;
    e.kind = CardElement::Kind::Text;
    e.rectMm = rect;
    e.content = content;
    e.fontSizePt = sizePt;
    e.bold = bold;
    e.alignment = align;
    return e;
}

CardElement barcode(QRectF rect, CardElement::Symbology symbology, const QString &data)
{
    CardElement e;
    e.kind = CardElement::Kind::Barcode;
    e.rectMm = rect;
    e.symbology = symbology;
    e.content = data;
    return e;
}

} // namespace

QList<QRectF> CardLayout::keepOutZones(CardSide s) const
{
    QList<QRectF> zones;
    if (s == CardSide::Back && magstripeOnBack)
        zones.append(QRectF(0, StripeTopMm, WidthMm, StripeBottomMm - StripeTopMm));
    zones.append(side(s).keepOutMm);
    return zones;
}

QList<LayoutIssue> CardLayout::validate() const
{
    QList<LayoutIssue> issues;
    for (const CardSide s : {CardSide::Front, CardSide::Back}) {
        const auto zones = keepOutZones(s);
        const auto &elements = side(s).elements;
        for (int i = 0; i < elements.size(); ++i) {
            const QRectF r = elements.at(i).rectMm;
            if (r.width() <= 0 || r.height() <= 0) {
                issues.append({LayoutIssue::Kind::EmptyGeometry, s, i});
                continue;
            }
            if (!cardRectMm().contains(r))
                issues.append({LayoutIssue::Kind::OutsideCard, s, i});
            // Touching the band edge is fine; only a real overlap puts ink on the stripe.
            for (const auto &zone : zones) {
                const QRectF overlap = zone.intersected(r);
                if (overlap.width() > 0.001 && overlap.height() > 0.001) {
                    issues.append({LayoutIssue::Kind::OverlapsKeepOut, s, i});
                    break;
                }
            }
        }
    }
    return issues;
}

QByteArray CardLayout::toJson() const
{
    const QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("magstripe"), magstripeOnBack ? QStringLiteral("back") : QStringLiteral("none")},
        {QStringLiteral("front"), sideToJson(front)},
        {QStringLiteral("back"), sideToJson(back)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<CardLayout> CardLayout::fromJson(const QByteArray &json, JsonError *error)
{
    auto fail = [error](JsonError e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(JsonError::NotJson);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName)
        return fail(JsonError::NotALayout);
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != FormatVersion)
        return fail(JsonError::UnsupportedVersion);

    CardLayout layout;
    layout.name = root.value(QStringLiteral("name")).toString();
    const QString stripe = root.value(QStringLiteral("magstripe")).toString();
    if (stripe != QLatin1String("back") && stripe != QLatin1String("none"))
        return fail(JsonError::BadContent);
    layout.magstripeOnBack = stripe == QLatin1String("back");
    auto front = sideFromJson(root.value(QStringLiteral("front")));
    auto back = sideFromJson(root.value(QStringLiteral("back")));
    if (!front || !back)
        return fail(JsonError::BadContent);
    layout.front = *front;
    layout.back = *back;
    if (error)
        *error = JsonError::None;
    return layout;
}

QString CardLayout::resolve(const QString &templateText, const QHash<QString, QString> &fields)
{
    QString out;
    out.reserve(templateText.size());
    const qsizetype n = templateText.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = templateText.at(i);
        if (c == u'{' && i + 1 < n && templateText.at(i + 1) == u'{') {
            out.append(u'{');
            ++i;
            continue;
        }
        if (c == u'}' && i + 1 < n && templateText.at(i + 1) == u'}') {
            out.append(u'}');
            ++i;
            continue;
        }
        if (c == u'{') {
            qsizetype end = i + 1;
            while (end < n && isNameChar(templateText.at(end)))
                ++end;
            if (end < n && end > i + 1 && templateText.at(end) == u'}') {
                out.append(fields.value(templateText.mid(i + 1, end - i - 1)));
                i = end;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString CardLayout::bindingName(const QString &binding)
{
    const QString trimmed = binding.trimmed();
    if (trimmed.size() < 3 || !trimmed.startsWith(u'{') || !trimmed.endsWith(u'}'))
        return {};
    const QString inner = trimmed.mid(1, trimmed.size() - 2);
    for (const QChar c : inner) {
        if (!isNameChar(c))
            return {};
    }
    return inner;
}

CardLayout CardLayout::defaultLayout()
{
    using A = CardElement::Alignment;
    CardLayout layout;
    layout.name = QStringLiteral("Default");
    layout.magstripeOnBack = true;

    layout.front.backgroundColor = QColor(0xf4, 0xf7, 0xfb);
    CardElement band;
    band.kind = CardElement::Kind::Rectangle;
    band.rectMm = QRectF(0, 0, WidthMm, 13);
    band.color = QColor(0x1f, 0x4e, 0x8c);
    band.z = -1;
    layout.front.elements.append(band);
    CardElement club = text(QRectF(4, 2, WidthMm - 8, 9), QStringLiteral("{club.name}"), 13, true, A::Center);
    club.color = Qt::white;
    layout.front.elements.append(club);
    layout.front.elements.append(
        text(QRectF(5, 16, WidthMm - 10, 8), QStringLiteral("{member.name}"), 12, true, A::Leading));
    layout.front.elements.append(
        text(QRectF(5, 25, WidthMm - 10, 6), QStringLiteral("{card.number}"), 10, false, A::Leading));
    layout.front.elements.append(
        barcode(QRectF(4, 34, 52, 15), CardElement::Symbology::Code128, QStringLiteral("{card.number}")));
    layout.front.elements.append(
        text(QRectF(58, 42, WidthMm - 62, 6), QStringLiteral("{card.expiry}"), 8, false, A::Trailing));

    layout.back.backgroundColor = Qt::white;
    CardElement terms = text(QRectF(4, 19, 52, 31), QStringLiteral("{club.terms}"), 6, false, A::Leading);
    terms.wordWrap = true;
    layout.back.elements.append(terms);
    layout.back.elements.append(
        barcode(QRectF(59.6, 19, 22, 22), CardElement::Symbology::Qr, QStringLiteral("{card.number}")));
    layout.back.elements.append(text(QRectF(57, 42, 27, 5), QStringLiteral("{card.number}"), 6, false, A::Center));
    return layout;
}

QStringList CardLayout::standardFields()
{
    return {QStringLiteral("member.name"), QStringLiteral("member.number"), QStringLiteral("member.mobile"),
            QStringLiteral("card.number"), QStringLiteral("card.expiry"),   QStringLiteral("card.type"),
            QStringLiteral("club.name")};
}

CardElement CardLayout::newElement(CardElement::Kind kind, const QString &content, CardElement::Symbology symbology)
{
    using K = CardElement::Kind;
    CardElement e;
    e.kind = kind;
    e.content = content;
    e.symbology = symbology;
    QSizeF size(40, 7);
    if (kind == K::Image)
        size = QSizeF(20, 20);
    else if (kind == K::Barcode)
        size = symbology == CardElement::Symbology::Qr ? QSizeF(20, 20) : QSizeF(50, 14);
    else if (kind == K::Rectangle) {
        size = QSizeF(30, 15);
        e.color = QColor(0xd0, 0xd8, 0xe8);
    }
    // Below the stripe band, so a new element never starts out in the keep-out zone.
    const qreal top = qMax(StripeBottomMm + 2, (HeightMm - size.height()) / 2);
    e.rectMm = QRectF(QPointF((WidthMm - size.width()) / 2, top), size);
    return e;
}

void CardLayout::normalizeOrder(CardSide which)
{
    QList<CardElement> &elements = side(which).elements;
    std::stable_sort(elements.begin(), elements.end(),
                     [](const CardElement &a, const CardElement &b) { return a.z < b.z; });
    for (int i = 0; i < elements.size(); ++i)
        elements[i].z = i;
}

int CardLayout::moveElement(CardSide which, int index, int step)
{
    normalizeOrder(which);
    QList<CardElement> &elements = side(which).elements;
    const int to = index + step;
    if (index < 0 || index >= elements.size() || to < 0 || to >= elements.size())
        return -1;
    elements.move(index, to);
    for (int i = 0; i < elements.size(); ++i)
        elements[i].z = i;
    return to;
}

} // namespace Club::Devices
