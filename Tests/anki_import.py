"""Imports a casequiz export into a fresh Anki collection with Anki's own library (the `anki` package from
PyPI) and prints what Anki made of it as one JSON object: the notes (fields, tags, deck, note type) and the
import log's counts. Run by Tests/casequizTests/ExportCommandTests.swift.

    python anki_import.py <export.tsv> <scratch-folder>
"""
import json
import os
import sys

from anki.collection import Collection, ImportCsvRequest


def main() -> None:
    path, scratch = sys.argv[1], sys.argv[2]
    collection = Collection(os.path.join(scratch, "collection.anki2"))
    try:
        metadata = collection.get_csv_metadata(path=path, delimiter=None)
        result = collection.import_csv(ImportCsvRequest(path=path, metadata=metadata))
        log = result.log
        notes = []
        for note_id in collection.find_notes(""):
            note = collection.get_note(note_id)
            card = note.cards()[0]
            notes.append(
                {
                    "fields": list(note.fields),
                    "tags": sorted(note.tags),
                    "notetype": note.note_type()["name"],
                    "deck": collection.decks.name(card.did),
                }
            )
        print(
            json.dumps(
                {
                    "notes": notes,
                    "new": len(log.new),
                    "updated": len(log.updated),
                    "duplicate": len(log.duplicate),
                    "conflicting": len(log.conflicting),
                    "missing": len(log.first_field_match) if hasattr(log, "first_field_match") else 0,
                    "delimiter": int(metadata.delimiter),
                    "isHtml": metadata.is_html,
                },
                ensure_ascii=False,
            )
        )
    finally:
        collection.close()


if __name__ == "__main__":
    main()
