/**
 * Turns any failure an odw element meets into two sentences for readers and editors, in their language:
 * what happened, and what to do. Errors are recognized by `name` (not `instanceof`), so they are also
 * understood when a page happens to load two copies of the client.
 */
import type { FieldType } from '@odw/client';
import type { AttributeError } from './attribute-error.js';
import type { Lang } from './i18n.js';

/** A failure explained: the cause and what to do about it. */
export interface ErrorMessage {
  cause: string;
  action: string;
}

/** What the element was doing when the error happened, so a "not found" can name the attribute. */
export interface ErrorContext {
  /** The attribute whose value the failing request used, e.g. `dataset`. */
  attribute?: string;
  /** That attribute's value. */
  value?: string;
}

interface ErrorLike {
  name?: string;
  message?: string;
  status?: number;
  code?: string;
  part?: string;
}

const TYPE_NAMES: Record<Lang, Partial<Record<FieldType, string>>> = {
  de: {
    integer: 'ganze Zahl',
    number: 'Zahl',
    date: 'Datum',
    datetime: 'Datum mit Uhrzeit',
    boolean: 'ja/nein',
  },
  en: {
    integer: 'whole number',
    number: 'number',
    date: 'date',
    datetime: 'date and time',
    boolean: 'yes/no',
  },
};

/** One valid example per attribute, shown when an attribute cannot be read. */
const EXAMPLES: Record<string, string> = {
  portal: 'https://www.offenesdatenportal.de',
  src: 'https://www.offenesdatenportal.de/dataset/…/download/daten.csv',
  filter: 'Bezirk = 4; Jahr >= 2020; Straße ~ weg',
  columns: 'Straße, Bezirk:Abfuhrbezirk',
  sort: '-Datum, Name',
  'number-format': 'Betrag: #,##0.00 €; Jahr: 0',
  'date-format': 'Datum: long; Uhrzeit: time',
};

const MAX_LISTED_COLUMNS = 12;
const MAX_QUOTED = 80;

/** What an editor wrote, quoted in a message: a pasted 100 000-character value must not fill the page. */
function shorten(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

function listColumns(columns: string[]): string {
  const shown = columns.slice(0, MAX_LISTED_COLUMNS).map((c) => `„${c}“`);
  return columns.length > MAX_LISTED_COLUMNS ? `${shown.join(', ')} …` : shown.join(', ');
}

function attributeMessage(error: AttributeError, lang: Lang): ErrorMessage {
  const a = error.attribute;
  const p = error.problem;
  const de = lang === 'de';
  switch (p.kind) {
    case 'syntax':
      return {
        cause: de
          ? `Das Attribut „${a}“ ist nicht lesbar: Fehler bei „${shorten(p.near)}“.`
          : `The attribute “${a}” cannot be read: error at “${shorten(p.near)}”.`,
        action: EXAMPLES[a]
          ? de
            ? `So sieht eine gültige Angabe aus: ${a}="${EXAMPLES[a]}"`
            : `A valid value looks like this: ${a}="${EXAMPLES[a]}"`
          : de
            ? 'Prüfen Sie die Schreibweise in der Dokumentation.'
            : 'Check the syntax in the documentation.',
      };
    case 'unknown-column':
      return {
        cause: de
          ? `Die Spalte „${shorten(p.column)}“ aus dem Attribut „${a}“ gibt es in diesen Daten nicht.`
          : `The column “${shorten(p.column)}” named in the attribute “${a}” does not exist in this data.`,
        action: de
          ? `Vorhandene Spalten: ${listColumns(p.known)}`
          : `Available columns: ${listColumns(p.known)}`,
      };
    case 'bad-value': {
      const type = TYPE_NAMES[lang][p.type] ?? p.type;
      return {
        cause: de
          ? `„${shorten(p.value)}“ im Attribut „${a}“ ist kein gültiger Wert für die Spalte „${p.column}“ (${type}).`
          : `“${shorten(p.value)}” in the attribute “${a}” is not a valid value for the column “${p.column}” (${type}).`,
        action: de
          ? 'Schreiben Sie Zahlen ohne Tausenderpunkt (1234,5) und Datumsangaben als 31.12.2024 oder 2024-12-31.'
          : 'Write numbers without thousands separators (1234.5) and dates as 2024-12-31 or 31.12.2024.',
      };
    }
    case 'not-found':
      return notFound(a, p.value, lang);
    case 'not-tabular':
      return {
        cause: de
          ? `„${shorten(p.value)}“ (Attribut „${a}“) ist ${p.format ? `eine ${p.format}-Datei` : 'keine Datei'} und keine Tabelle.`
          : `“${shorten(p.value)}” (attribute “${a}”) is ${p.format ? `a ${p.format} file` : 'not a file'}, not a table.`,
        action: de
          ? 'Wählen Sie eine Ressource im Format CSV oder JSON oder eine mit DataStore.'
          : 'Choose a CSV or JSON resource, or one with a DataStore.',
      };
    case 'not-one-of':
      return {
        cause: de
          ? `„${shorten(p.value)}“ ist für das Attribut „${a}“ nicht vorgesehen.`
          : `“${shorten(p.value)}” is not a value of the attribute “${a}”.`,
        action: de ? `Erlaubt sind: ${p.allowed.join(', ')}.` : `Use one of: ${p.allowed.join(', ')}.`,
      };
    case 'out-of-range':
      return {
        cause: de
          ? `Der Wert „${shorten(p.value)}“ im Attribut „${a}“ ist nicht erlaubt.`
          : `The value “${shorten(p.value)}” of the attribute “${a}” is not allowed.`,
        action:
          p.min !== undefined && p.max !== undefined
            ? de
              ? `Erlaubt sind ganze Zahlen von ${p.min} bis ${p.max}.`
              : `Use a whole number from ${p.min} to ${p.max}.`
            : p.min !== undefined
              ? de
                ? `Erlaubt sind Werte ab ${p.min}.`
                : `Use ${p.min} or more.`
              : de
                ? `Erlaubt sind Werte bis ${p.max}.`
                : `Use at most ${p.max}.`,
      };
    case 'missing':
      return {
        cause: de ? `Das Attribut „${a}“ fehlt.` : `The attribute “${a}” is missing.`,
        action: de
          ? 'Geben Sie portal und dataset an, oder src mit der Adresse einer CSV- oder JSON-Datei.'
          : 'Set portal and dataset, or src with the address of a CSV or JSON file.',
      };
  }
}

function notFound(attribute: string | undefined, value: string | undefined, lang: Lang): ErrorMessage {
  const de = lang === 'de';
  const what = attribute ? (de ? ` (Attribut „${attribute}“)` : ` (attribute “${attribute}”)`) : '';
  return {
    cause: de
      ? `${value ? `„${shorten(value)}“` : 'Die angefragten Daten'}${what} wurde im Portal nicht gefunden.`
      : `${value ? `“${shorten(value)}”` : 'The requested data'}${what} was not found on the portal.`,
    action: de
      ? 'Prüfen Sie die Schreibweise. Kennung oder Name eines Datensatzes stehen in der Adresse seiner Seite im Portal.'
      : 'Check the spelling. A dataset’s id or name is part of the address of its page on the portal.',
  };
}

/** What the portal said, without the request URL the client appends for developers. */
function portalSaid(e: ErrorLike): string {
  return (e.message ?? e.code ?? '').replace(/\s*\((GET|POST) [^)]*\)\s*$/, '');
}

function timeoutMessage(lang: Lang): ErrorMessage {
  return lang === 'de'
    ? {
        cause: 'Das Portal hat nicht rechtzeitig geantwortet.',
        action: 'Versuchen Sie es gleich noch einmal.',
      }
    : { cause: 'The portal did not answer in time.', action: 'Try again in a moment.' };
}

function httpMessage(status: number | undefined, lang: Lang, attribute = 'portal'): ErrorMessage {
  const de = lang === 'de';
  if (status === 408 || status === 504) return timeoutMessage(lang);
  if (status === 429) {
    return {
      cause: de
        ? 'Das Portal bekommt gerade zu viele Anfragen.'
        : 'The portal is receiving too many requests.',
      action: de ? 'Versuchen Sie es in einer Minute erneut.' : 'Try again in a minute.',
    };
  }
  if (status !== undefined && status >= 500) {
    return {
      cause: de
        ? `Das Portal hat einen Serverfehler gemeldet (HTTP ${status}).`
        : `The portal reported a server error (HTTP ${status}).`,
      action: de
        ? 'Das ist meist vorübergehend. Versuchen Sie es in einigen Minuten erneut.'
        : 'This is usually temporary. Try again in a few minutes.',
    };
  }
  if (status === 404) {
    return {
      cause: de ? 'Diese Adresse gibt es nicht (HTTP 404).' : 'There is no such address (HTTP 404).',
      action: de
        ? `Prüfen Sie die Adresse im Attribut „${attribute}“.`
        : `Check the address in the “${attribute}” attribute.`,
    };
  }
  if (status !== undefined && status >= 200 && status < 300) {
    return {
      cause: de ? 'Das Portal hat keine lesbaren Daten geliefert.' : 'The portal did not send readable data.',
      action: de
        ? `Prüfen Sie die Adresse im Attribut „${attribute}“: Sie muss auf das Datenportal oder die Datei zeigen, nicht auf eine Webseite. Sonst versuchen Sie es später erneut.`
        : `Check the address in the “${attribute}” attribute: it must point to the data portal or the file, not a web page. Otherwise try again later.`,
    };
  }
  return {
    cause: de
      ? `Das Portal hat die Anfrage abgelehnt${status ? ` (HTTP ${status})` : ''}.`
      : `The portal refused the request${status ? ` (HTTP ${status})` : ''}.`,
    action: de ? 'Versuchen Sie es später erneut.' : 'Try again later.',
  };
}

/** Explains `error` in `lang`; `context` names the attribute the failing step used. */
export function describeError(error: unknown, lang: Lang, context: ErrorContext = {}): ErrorMessage {
  const e = (error ?? {}) as ErrorLike;
  const de = lang === 'de';
  // The attribute whose address the failing request used; messages about addresses name it.
  const attribute = context.attribute === 'src' ? 'src' : 'portal';
  switch (e.name) {
    case 'AttributeError':
      return attributeMessage(error as AttributeError, lang);
    case 'CorsError':
      return {
        cause: de
          ? 'Das Portal erlaubt dieser Website keinen Zugriff auf seine Daten (CORS).'
          : 'The portal does not allow this website to read its data (CORS).',
        action: de
          ? 'Die Betreiber des Portals können diese Website freigeben (bei CKAN: ckan.cors.origin_whitelist).'
          : 'The portal’s operators can allow this website (in CKAN: ckan.cors.origin_whitelist).',
      };
    case 'TimeoutError':
      return timeoutMessage(lang);
    case 'NetworkError':
      return {
        cause: de ? 'Das Portal ist nicht erreichbar.' : 'The portal cannot be reached.',
        action: de
          ? `Prüfen Sie die Internetverbindung und die Adresse im Attribut „${attribute}“, dann versuchen Sie es erneut.`
          : `Check the internet connection and the address in the “${attribute}” attribute, then try again.`,
      };
    case 'HttpError':
      return httpMessage(e.status, lang, attribute);
    case 'PortalError':
      if (e.code === 'Not Found Error') return notFound(context.attribute, context.value, lang);
      if (e.code === 'Authorization Error') {
        return {
          cause: de
            ? 'Das Portal verweigert den Zugriff auf diese Daten.'
            : 'The portal denies access to this data.',
          action: de
            ? 'Die Daten sind vielleicht nicht öffentlich. Fragen Sie die Betreiber des Portals.'
            : 'The data may not be public. Ask the portal’s operators.',
        };
      }
      if (e.status !== undefined && e.status >= 500) return httpMessage(e.status, lang, attribute);
      if (e.code === 'unknown-portal') {
        return {
          cause: de
            ? 'Unter der Adresse im Attribut „portal“ antwortet kein Datenportal.'
            : 'No data portal answers at the address in the “portal” attribute.',
          action: de
            ? 'Prüfen Sie die Adresse (z. B. https://www.offenesdatenportal.de). Ist sie richtig, versuchen Sie es später erneut.'
            : 'Check the address (e.g. https://www.offenesdatenportal.de). If it is right, try again later.',
        };
      }
      return {
        cause: de
          ? `Das Portal hat die Anfrage nicht ausgeführt: ${portalSaid(e)}`
          : `The portal did not run the request: ${portalSaid(e)}`,
        action: de
          ? 'Prüfen Sie die Attribute des Elements; wenn sie stimmen, versuchen Sie es später erneut.'
          : 'Check the element’s attributes; if they are right, try again later.',
      };
    case 'QueryError':
      return {
        cause: de
          ? `Die Abfrage ist ungültig (${e.part}): ${e.message}`
          : `The query is invalid (${e.part}): ${e.message}`,
        action: de
          ? 'Prüfen Sie die Attribute filter, sort und columns.'
          : 'Check the filter, sort and columns attributes.',
      };
    default:
      return {
        cause: context.attribute
          ? de
            ? `Die Daten aus dem Attribut „${context.attribute}“ konnten nicht geladen werden.`
            : `The data named in the attribute “${context.attribute}” could not be loaded.`
          : de
            ? 'Die Daten konnten nicht geladen werden.'
            : 'The data could not be loaded.',
        action: e.message
          ? de
            ? `Grund: ${e.message}`
            : `Reason: ${e.message}`
          : de
            ? 'Versuchen Sie es erneut.'
            : 'Try again.',
      };
  }
}
