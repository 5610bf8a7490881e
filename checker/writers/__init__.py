"""Writers turn a Result into text, JSON, Markdown or HTML. Findings stay plain data until here."""
