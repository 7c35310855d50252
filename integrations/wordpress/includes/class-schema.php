<?php
/**
 * A check of glossary data against glossary/glossary.schema.json, for sites where Node.js cannot run
 * the package's own validator. It knows the JSON Schema keywords that schema uses, and refuses to
 * check against one that uses others, so that a new rule is never silently skipped.
 *
 * @package IcsGlossary
 */

namespace IcsGlossary;

use RuntimeException;

defined( 'ABSPATH' ) || exit;

/** A JSON Schema (2020-12) subset: type, enum, required, properties, items, lengths, pattern, oneOf, $ref. */
final class Schema {
	/** Keywords that describe and never constrain. */
	const ANNOTATIONS = array( '$schema', '$id', '$defs', '$comment', 'title', 'description', 'default', 'examples', 'format' );

	/**
	 * The whole schema, for $ref.
	 *
	 * @var object
	 */
	private $root;

	/**
	 * Takes the decoded schema.
	 *
	 * @param object $root The schema, decoded as objects.
	 */
	public function __construct( $root ) {
		$this->root = $root;
	}

	/**
	 * The problems with `$data` (decoded as objects), as "/entries/1/status: must be one of: …".
	 *
	 * @param mixed $data The decoded JSON.
	 * @return string[]
	 */
	public function errors( $data ): array {
		return $this->check( $this->root, $data, '' );
	}

	/**
	 * The schema a "#/$defs/name" reference points at.
	 *
	 * @param string $ref The reference.
	 * @return object
	 */
	private function resolve( string $ref ) {
		$schema = $this->root;
		foreach ( array_slice( explode( '/', $ref ), 1 ) as $part ) {
			if ( ! isset( $schema->$part ) ) {
				throw new RuntimeException( 'Unresolvable $ref ' . $ref );
			}
			$schema = $schema->$part;
		}
		return $schema;
	}

	/**
	 * Whether `$value` has the JSON type `$type`.
	 *
	 * @param mixed  $value The value.
	 * @param string $type  A JSON Schema type.
	 */
	private static function is( $value, string $type ): bool {
		switch ( $type ) {
			case 'object':
				return is_object( $value );
			case 'array':
				return is_array( $value );
			case 'string':
				return is_string( $value );
			case 'boolean':
				return is_bool( $value );
			case 'number':
				return is_int( $value ) || is_float( $value );
			case 'integer':
				return is_int( $value );
			case 'null':
				return null === $value;
		}
		throw new RuntimeException( 'Unknown type ' . $type );
	}

	/**
	 * Checks one value against one schema.
	 *
	 * @param object $schema The schema.
	 * @param mixed  $value  The value.
	 * @param string $path   JSON Pointer to the value.
	 * @return string[]
	 */
	private function check( $schema, $value, string $path ): array {
		$at = ( '' === $path ? '/' : $path ) . ': ';
		if ( isset( $schema->type ) && ! self::is( $value, $schema->type ) ) {
			return array( $at . 'must be of type ' . $schema->type );
		}
		$errors = array();
		foreach ( get_object_vars( $schema ) as $keyword => $rule ) {
			if ( 'type' === $keyword || in_array( $keyword, self::ANNOTATIONS, true ) ) {
				continue;
			}
			$errors = array_merge( $errors, $this->keyword( $keyword, $rule, $schema, $value, $path, $at ) );
		}
		return $errors;
	}

	/**
	 * Checks one keyword. String, array and object keywords ignore values of other types, as in
	 * JSON Schema.
	 *
	 * @param string $keyword The keyword.
	 * @param mixed  $rule    Its value in the schema.
	 * @param object $schema  The schema it belongs to.
	 * @param mixed  $value   The value checked.
	 * @param string $path    JSON Pointer to the value.
	 * @param string $at      The path as a message prefix.
	 * @return string[]
	 */
	private function keyword( string $keyword, $rule, $schema, $value, string $path, string $at ): array {
		$string = is_string( $value );
		switch ( $keyword ) {
			case '$ref':
				return $this->check( $this->resolve( $rule ), $value, $path );
			case 'enum':
				return in_array( $value, $rule, true ) ? array() : array( $at . 'must be one of: ' . implode( ', ', $rule ) );
			case 'minLength':
				return $string && self::length( $value ) < $rule ? array( $at . ( 1 === $rule ? 'must not be empty' : "must be at least $rule characters long" ) ) : array();
			case 'maxLength':
				return $string && self::length( $value ) > $rule ? array( $at . "must be at most $rule characters long" ) : array();
			case 'pattern':
				$hint = isset( $schema->description ) ? ' (' . $schema->description . ')' : '';
				return $string && ! preg_match( '/' . str_replace( '/', '\/', $rule ) . '/u', $value ) ? array( $at . 'must match ' . $rule . $hint ) : array();
			case 'minItems':
				return is_array( $value ) && count( $value ) < $rule ? array( $at . "must hold at least $rule item" . ( 1 === $rule ? '' : 's' ) ) : array();
			case 'uniqueItems':
				return is_array( $value ) && $rule && count( array_unique( array_map( 'serialize', $value ) ) ) < count( $value ) ? array( $at . 'must not repeat an item' ) : array();
			case 'items':
				return is_array( $value ) ? $this->each( $rule, $value, $path ) : array();
			case 'required':
				return is_object( $value ) ? array_map(
					function ( $name ) use ( $at ) {
						return $at . "field \"$name\" is required";
					},
					array_values(
						array_filter(
							$rule,
							function ( $name ) use ( $value ) {
								return ! property_exists( $value, $name );
							}
						)
					)
				) : array();
			case 'properties':
				return is_object( $value ) ? $this->properties( $rule, $value, $path ) : array();
			case 'additionalProperties':
				return is_object( $value ) ? $this->additional( $rule, $schema, $value, $path, $at ) : array();
			case 'oneOf':
				return $this->one_of( $rule, $value, $path, $at );
		}
		throw new RuntimeException( 'Unsupported schema keyword ' . $keyword );
	}

	/**
	 * Characters, not bytes, without needing mbstring.
	 *
	 * @param string $text UTF-8 text.
	 */
	private static function length( string $text ): int {
		return (int) preg_match_all( '/./us', $text );
	}

	/**
	 * Checks every item of an array.
	 *
	 * @param object  $schema The items' schema.
	 * @param mixed[] $items  The array.
	 * @param string  $path   Its pointer.
	 * @return string[]
	 */
	private function each( $schema, array $items, string $path ): array {
		$errors = array();
		foreach ( array_values( $items ) as $index => $item ) {
			$errors = array_merge( $errors, $this->check( $schema, $item, "$path/$index" ) );
		}
		return $errors;
	}

	/**
	 * Checks the properties the schema names.
	 *
	 * @param object $schemas Schema by property name.
	 * @param object $value   The object.
	 * @param string $path    Its pointer.
	 * @return string[]
	 */
	private function properties( $schemas, $value, string $path ): array {
		$errors = array();
		foreach ( get_object_vars( $schemas ) as $name => $schema ) {
			if ( property_exists( $value, $name ) ) {
				$errors = array_merge( $errors, $this->check( $schema, $value->$name, "$path/$name" ) );
			}
		}
		return $errors;
	}

	/**
	 * Checks the properties the schema does not name.
	 *
	 * @param object|bool $rule   false, or the schema of the others.
	 * @param object      $schema The object's schema.
	 * @param object      $value  The object.
	 * @param string      $path   Its pointer.
	 * @param string      $at     The path as a message prefix.
	 * @return string[]
	 */
	private function additional( $rule, $schema, $value, string $path, string $at ): array {
		$errors = array();
		foreach ( array_keys( get_object_vars( $value ) ) as $name ) {
			if ( isset( $schema->properties ) && property_exists( $schema->properties, $name ) ) {
				continue;
			}
			if ( false === $rule ) {
				$errors[] = $at . "field \"$name\" is not a known field";
			} elseif ( is_object( $rule ) ) {
				$errors = array_merge( $errors, $this->check( $rule, $value->$name, "$path/$name" ) );
			}
		}
		return $errors;
	}

	/**
	 * Exactly one of the schemas must match; when none does, the problems with the closest one.
	 *
	 * @param object[] $schemas The alternatives.
	 * @param mixed    $value   The value.
	 * @param string   $path    Its pointer.
	 * @param string   $at      The path as a message prefix.
	 * @return string[]
	 */
	private function one_of( array $schemas, $value, string $path, string $at ): array {
		$results = array_map(
			function ( $schema ) use ( $value, $path ) {
				return $this->check( $schema, $value, $path );
			},
			$schemas
		);
		$matches = count(
			array_filter(
				$results,
				function ( $errors ) {
					return ! $errors;
				}
			)
		);
		if ( 1 === $matches ) {
			return array();
		}
		if ( $matches > 1 ) {
			return array( $at . 'matches more than one of its allowed forms' );
		}
		usort(
			$results,
			function ( $a, $b ) {
				return count( $a ) - count( $b );
			}
		);
		return $results[0];
	}
}
