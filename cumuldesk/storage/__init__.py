"""Storage: SQLAlchemy models, database engines, migrations, the encrypted cache, audit."""
