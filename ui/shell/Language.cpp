// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include "widgets/UiLog.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Club::Ui::Language {

namespace {
const QString kSettingsKey = QStringLiteral("ui/language");
const QString kDefault = QStringLiteral("fa");

QPointer<QTranslator> g_ours;
QPointer<QTranslator> g_qt;
QString g_current;
QString g_source;

void removeTranslators()
{
    for (QPointer<QTranslator> *t : {&g_ours, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

QTranslator *load(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(file, directory) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QStringList codes()
{
    return {QStringLiteral("fa"), QStringLiteral("ar"), QStringLiteral("en")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("fa"))
        return QStringLiteral("فارسی");
    if (code == QLatin1String("ar"))
        return QStringLiteral("العربية");
    return QStringLiteral("English");
}

QLocale locale(const QString &code)
{
    if (code == QLatin1String("fa"))
        return QLocale(QLocale::Persian, QLocale::Iran);
    if (code == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::Iraq);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool isRightToLeft(const QString &code)
{
    return code == QLatin1String("fa") || code == QLatin1String("ar");
}

QString saved()
{
    const QString code = QSettings().value(kSettingsKey, kDefault).toString();
    return codes().contains(code) ? code : kDefault;
}

void save(const QString &code)
{
    if (codes().contains(code))
        QSettings().setValue(kSettingsKey, code);
}

QString choose(const QString &commandLineValue)
{
    const QString wanted = commandLineValue.trimmed().toLower();
    return codes().contains(wanted) ? wanted : saved();
}

QString loadFonts()
{
    static QString family;
    if (!family.isEmpty())
        return family;
    for (const QString &file :
         {QStringLiteral(":/fonts/Vazirmatn-Regular.ttf"), QStringLiteral(":/fonts/Vazirmatn-Bold.ttf")}) {
        const int id = QFontDatabase::addApplicationFont(file);
        if (id < 0) {
            qCWarning(lcUi) << "cannot load font" << file;
            continue;
        }
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (family.isEmpty() && !families.isEmpty())
            family = families.constFirst();
    }
    return family;
}

bool install(const QString &requested)
{
    const QString code = codes().contains(requested) ? requested : kDefault;
    removeTranslators();

    const QLocale loc = locale(code);
    QLocale::setDefault(loc);

    // Qt's own dialogs and buttons (OK, Cancel, the calendar's month names...). Ours go in
    // after it: the translator installed last is asked first, so our texts for a few of
    // Qt's buttons (see QtTextOverrides.cpp) win over Qt's.
    if (code != QLatin1String("en")) {
        g_qt = load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        // On Windows, windeployqt puts Qt's files beside ours rather than where Qt looks.
        if (!g_qt && !installedTranslationsDir().isEmpty())
            g_qt = load(QStringLiteral("qtbase_") + code, installedTranslationsDir());
    }
    const QString ours = QStringLiteral("clubmanager_") + code;
    g_source.clear();
    for (const QString &folder : {installedTranslationsDir(), QStringLiteral(":/i18n")}) {
        if (!folder.isEmpty() && (g_ours = load(ours, folder))) {
            g_source = folder;
            break;
        }
    }
    if (!g_ours)
        qCWarning(lcUi) << "no translations for" << code << "- showing the English text";

    // The translations say which way the language runs; fa and ar run right to left even
    // where they do not say so yet.
    const QString direction = QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION");
    const bool rtl = direction == QLatin1String("RTL") || isRightToLeft(code);
    // Direction and fonts need a GUI application; `clubmanager --help` runs without one
    // (and without a display), with the translations only.
    const bool gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
    if (gui)
        QGuiApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    const QString family = gui ? loadFonts() : QString();
    if (!family.isEmpty() && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        QFont font = QApplication::font();
        font.setFamilies({family});
        QApplication::setFont(font);
    }
    g_current = code;
    qCInfo(lcUi) << "language" << code << (rtl ? "right to left" : "left to right");
    return g_ours != nullptr;
}

QString current()
{
    return g_current;
}

QString installedTranslationsDir()
{
    const QDir bin(QCoreApplication::applicationDirPath());
#ifdef Q_OS_WIN
    const QString folder = bin.filePath(QStringLiteral("translations"));
#else
    const QString folder = bin.filePath(QStringLiteral("../share/clubmanager/translations"));
#endif
    return QDir(folder).exists() ? QDir::cleanPath(folder) : QString();
}

QString translationsSource()
{
    return g_source;
}

} // namespace Club::Ui::Language
